package org.xxgk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.xxgk.testing.JsonDocs;
import org.xxgk.testing.SchemaCheck;
import org.xxgk.write.ReportJson;

/** Converts a file twice and checks the canonical JSON: schema-valid, deterministic, as expected. */
final class ConversionTestSupport {

    private static final Converter CONVERTER = new Converter();

    private ConversionTestSupport() {
    }

    static JsonNode convert(Path input) throws IOException {
        byte[] bytes = Files.readAllBytes(input);
        String first = ReportJson.write(CONVERTER.convert(bytes, input.getFileName().toString()));
        String second = ReportJson.write(new Converter().convert(bytes.clone(), input.getFileName().toString()));
        assertEquals(first, second, "same bytes in must give the same bytes out");
        JsonNode document = JsonDocs.parse(first);
        SchemaCheck.assertValid(document);
        return document;
    }

    static void assertConvertsTo(Path input, Path expected) throws IOException {
        JsonDocs.assertSameDocument(JsonDocs.read(expected), convert(input));
    }
}
