package org.xxgk.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Whole-document comparison of canonical JSON, naming every cell that differs. */
public final class JsonDocs {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private JsonDocs() {
    }

    public static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails listing every difference (value, missing key, extra key, key order) between the two. */
    public static void assertSameDocument(JsonNode expected, JsonNode actual) {
        List<String> differences = new ArrayList<>();
        compare("", expected, actual, differences);
        if (!differences.isEmpty()) {
            fail(differences.size() + " difference(s):\n" + String.join("\n", differences));
        }
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                out.add(path + ": expected " + expected + " but was " + actual);
            }
            return;
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            out.add(path + ": expected " + expected + " but was " + actual);
            return;
        }
        if (expected.isObject()) {
            List<String> expectedKeys = names(expected.fieldNames());
            List<String> actualKeys = names(actual.fieldNames());
            for (String key : expectedKeys) {
                if (!actual.has(key)) {
                    out.add(path + "/" + key + ": missing");
                } else {
                    compare(path + "/" + key, expected.get(key), actual.get(key), out);
                }
            }
            for (String key : actualKeys) {
                if (!expected.has(key)) {
                    out.add(path + "/" + key + ": unexpected " + actual.get(key));
                }
            }
            if (expectedKeys.size() == actualKeys.size() && !expectedKeys.equals(actualKeys)) {
                out.add(path + ": key order " + actualKeys + " instead of " + expectedKeys);
            }
        } else if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                out.add(path + ": expected " + expected.size() + " items but was " + actual.size() + ": " + actual);
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "/" + i, expected.get(i), actual.get(i), out);
            }
        } else if (!expected.equals(actual)) {
            out.add(path + ": expected " + expected + " but was " + actual);
        }
    }

    private static List<String> names(Iterator<String> it) {
        List<String> names = new ArrayList<>();
        it.forEachRemaining(names::add);
        return names;
    }
}
