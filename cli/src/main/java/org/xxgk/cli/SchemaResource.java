package org.xxgk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The JSON Schema of the canonical JSON, as shipped inside the converter library. */
public final class SchemaResource {

    private static final String PATH = "/org/xxgk/schema/govinfo-annual-report-1.schema.json";

    private SchemaResource() {
    }

    public static String text() {
        try (InputStream in = SchemaResource.class.getResourceAsStream(PATH)) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the build: " + PATH);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
