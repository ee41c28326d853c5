package org.xxgk.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Validates canonical JSON against the published JSON Schema (docs/schema), as shipped in the jar. */
public final class SchemaCheck {

    public static final String RESOURCE = "/org/xxgk/schema/govinfo-annual-report-1.schema.json";

    private static final Schema SCHEMA = load();

    private SchemaCheck() {
    }

    private static Schema load() {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
            JsonNode schema = JsonDocs.MAPPER.readTree(in);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Error> errors(JsonNode document) {
        return SCHEMA.validate(document);
    }

    public static void assertValid(JsonNode document) {
        List<Error> errors = errors(document);
        assertTrue(errors.isEmpty(), () -> "not valid against the schema: " + errors);
    }
}
