package org.xxgk.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * A JSON tree as text, written with jackson-core's generator alone: the same tokens an
 * ObjectMapper writes for the tree, without building one (in a fresh JVM an ObjectMapper and
 * its serializers are some 400 classes and a tenth of a second of CPU, for a one-file run's
 * single document).
 */
final class JsonText {

    /** Amounts keep their printed scale and never turn into exponents (924.190, not 9.2419E+2). */
    private static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private JsonText() {
    }

    /** The tree's text, laid out by {@code pretty}, or on one line when it is null. */
    static String of(JsonNode tree, PrettyPrinter pretty) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = FACTORY.createGenerator(text)) {
            if (pretty != null) {
                out.setPrettyPrinter(pretty);
            }
            write(tree, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string does not fail", e);
        }
        return text.toString();
    }

    /** Each node as its own {@code serialize} writes it under the default settings. */
    private static void write(JsonNode node, JsonGenerator out) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                out.writeStartObject();
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    out.writeFieldName(field.getKey());
                    write(field.getValue(), out);
                }
                out.writeEndObject();
            }
            case ARRAY -> {
                out.writeStartArray();
                for (JsonNode element : node) {
                    write(element, out);
                }
                out.writeEndArray();
            }
            case STRING -> out.writeString(node.textValue());
            case BOOLEAN -> out.writeBoolean(node.booleanValue());
            case NULL -> out.writeNull();
            case NUMBER -> {
                switch (node.numberType()) {
                    case INT -> out.writeNumber(node.intValue());
                    case LONG -> out.writeNumber(node.longValue());
                    case BIG_INTEGER -> out.writeNumber(node.bigIntegerValue());
                    case FLOAT -> out.writeNumber(node.floatValue());
                    case DOUBLE -> out.writeNumber(node.doubleValue());
                    case BIG_DECIMAL -> out.writeNumber(node.decimalValue());
                }
            }
            default -> throw new IllegalArgumentException("not in a canonical document: " + node.getNodeType());
        }
    }
}
