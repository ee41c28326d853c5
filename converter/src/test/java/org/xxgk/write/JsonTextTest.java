package org.xxgk.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.xxgk.testing.TestFiles;

/** JsonText writes a tree token for token as an ObjectMapper does, pretty and on one line. */
class JsonTextTest {

    /** What ReportJson wrote with before JsonText: an ObjectMapper and the canonical layout. */
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    @Test
    void everyKindOfNodeIsWrittenAsAnObjectMapperWritesIt() throws Exception {
        JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);
        ObjectNode tree = nodes.objectNode();
        tree.put("text", "引号\" 反斜杠\\ 换行\n 制表\t 控制\u0001 \u2028 emoji \uD83D\uDE00 </script>");
        tree.put("empty", "");
        tree.putNull("missing");
        tree.put("yes", true);
        tree.put("no", false);
        tree.put("int", -2147483648);
        tree.put("long", 9_007_199_254_740_993L);
        tree.put("big_integer", new BigInteger("123456789012345678901234567890"));
        tree.put("amount", new BigDecimal("924.190"));
        tree.put("exponent", new BigDecimal("1E+3"));
        tree.put("tiny", new BigDecimal("0.0000001"));
        tree.put("negative", new BigDecimal("-0.50"));
        tree.put("double", 0.1);
        tree.put("float", 1.5f);
        tree.putObject("empty_object");
        tree.putArray("empty_array");
        ArrayNode nested = tree.putArray("nested");
        nested.addArray().add(new BigDecimal("1.0")).add(2).addNull();
        nested.addObject().put("k", "v").putObject("deeper").putArray("list").add("x");

        assertEquals(MAPPER.writer(PRETTY).writeValueAsString(tree), JsonText.of(tree, PRETTY.createInstance()));
        assertEquals(MAPPER.writeValueAsString(tree), JsonText.of(tree, null));
        assertTrue(JsonText.of(tree, null).contains("\"exponent\":1000,"), "amounts are written plain, never as exponents");
    }

    /** Every expected document of the testdata, read back, is written as the ObjectMapper wrote it. */
    @Test
    void everyCanonicalDocumentOfTheTestdataIsWrittenAsBefore() throws Exception {
        List<Path> documents;
        try (Stream<Path> files = Files.walk(TestFiles.testdata(""))) {
            documents = files.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
        assertTrue(documents.size() >= 100, "the testdata's expected documents: " + documents.size());
        for (Path file : documents) {
            JsonNode document = ReportJson.read(Files.readString(file));
            assertEquals(MAPPER.writer(PRETTY).writeValueAsString(document), JsonText.of(document, PRETTY.createInstance()), file.toString());
            assertEquals(MAPPER.writeValueAsString(document), JsonText.of(document, null), file.toString());
        }
    }
}
