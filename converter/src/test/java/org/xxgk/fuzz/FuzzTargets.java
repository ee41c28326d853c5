package org.xxgk.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.xxgk.Converter;
import org.xxgk.Limits;
import org.xxgk.extract.ExtractionException;
import org.xxgk.extract.Extractor;
import org.xxgk.extract.Extractors;
import org.xxgk.model.Report;
import org.xxgk.testing.JsonDocs;
import org.xxgk.testing.SchemaCheck;
import org.xxgk.write.ReportJson;

/**
 * Coverage-guided fuzz targets for the four entry points. Without JAZZER_FUZZ they replay the
 * seeds (testdata/, copied in by the build) and every finding kept under
 * src/test/resources/org/xxgk/fuzz/FuzzTargetsInputs; the build fuzzes each one briefly in its own
 * surefire run (see converter/pom.xml), because Jazzer fuzzes one target per JVM.
 */
class FuzzTargets {

    private static final Converter CONVERTER = new Converter();
    private static final Extractors EXTRACTORS = Extractors.standard(Limits.DEFAULT);

    /** Our own text reader: it may refuse a file, but never throw anything else. */
    @FuzzTest(maxDuration = "20s")
    void text(byte[] input) {
        extractDirectly("text/plain", input);
        convertCleanly(input, "report.txt");
    }

    /** Our own HTML table reader on top of jsoup, under the same rule. */
    @FuzzTest(maxDuration = "20s")
    void html(byte[] input) {
        extractDirectly("text/html", input);
        convertCleanly(input, "report.html");
    }

    /** DOCX through POI: POI's own exceptions on damaged files become a failed report, never escape. */
    @FuzzTest(maxDuration = "20s")
    void docx(byte[] input) {
        convertCleanly(input, "report.docx");
    }

    @FuzzTest(maxDuration = "20s")
    void pdf(byte[] input) {
        convertCleanly(input, "report.pdf");
    }

    private static void extractDirectly(String mediaType, byte[] input) {
        Extractor extractor = EXTRACTORS.forMediaType(mediaType).orElseThrow();
        try {
            extractor.extract(input);
        } catch (ExtractionException refused) {
            assertFalse(refused.getMessage().isBlank(), "a refusal says why");
        }
    }

    /** Whatever the bytes: a report that passes the schema, and a failed one says why in Chinese. */
    private static void convertCleanly(byte[] input, String name) {
        Report report = CONVERTER.convert(input, name);
        JsonNode json = JsonDocs.parse(ReportJson.write(report));
        SchemaCheck.assertValid(json);
        if ("failed".equals(json.get("status").asText())) {
            String message = json.at("/findings/0/message").asText();
            assertTrue(message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    () -> "failure message not in Chinese: " + message);
        }
    }
}
