package org.xxgk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.testing.JsonDocs;
import org.xxgk.testing.TestFiles;

/**
 * OFD page blocks nest (a PageBlock holds blocks); past 32 levels nothing is read, and the report
 * says so instead of losing the content silently.
 */
class OfdNestingTest {

    @Test
    void blocksNestedWithinTheLimitAreRead(@TempDir Path dir) throws IOException {
        Path nested = nest(dir, 32);
        JsonNode expected = withSource(JsonDocs.read(TestFiles.testdata("ofd/004.ofd.expected.json")), nested);
        JsonDocs.assertSameDocument(expected, ConversionTestSupport.convert(nested));
    }

    @Test
    void blocksNestedDeeperAreSaidToBeUnread(@TempDir Path dir) throws IOException {
        Path nested = nest(dir, 33);
        JsonNode report = ConversionTestSupport.convert(nested);
        JsonNode expected = withSource(JsonDocs.read(TestFiles.testdata("ofd/004.ofd.expected.json")), nested);
        // Page 5 holds sections 五 and 六 only: everything else is as read from the original, and
        // the report tells that the page's content was not read.
        expected.fieldNames().forEachRemaining(key -> {
            if (!java.util.Set.of("narrative", "findings", "status").contains(key)) {
                assertEquals(expected.get(key), report.get(key), key);
            }
        });
        assertEquals(expected.at("/narrative/overview"), report.at("/narrative/overview"));
        assertEquals(true, report.at("/narrative/problems_and_improvements").isNull(), "section 五 is on page 5");
        assertEquals(true, report.at("/narrative/other_matters").isNull(), "section 六 is on page 5");
        assertEquals(3, report.get("narrative").size());
        assertEquals(JsonDocs.parse("[{\"rule\":\"damaged_source\",\"severity\":\"warning\",\"path\":\"\","
                + "\"message\":\"OFD文档第5页的图元嵌套超过32层，更深处的内容未读取，请与原文核对\"}]"), report.get("findings"));
        assertEquals("incomplete", report.get("status").asText());
    }

    /** 004.ofd with page 5's blocks wrapped in {@code levels} PageBlocks, one inside the other. */
    private static Path nest(Path dir, int levels) throws IOException {
        Path out = dir.resolve("004-nested-" + levels + ".ofd");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(TestFiles.testdata("ofd/004.ofd")));
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            int id = 90_000;
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("Doc_0/Pages/Page_4/Content.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int start = xml.indexOf('>', xml.indexOf("<ofd:Layer")) + 1;
                    int end = xml.indexOf("</ofd:Layer>");
                    StringBuilder open = new StringBuilder();
                    StringBuilder close = new StringBuilder();
                    for (int i = 0; i < levels; i++) {
                        open.append("<ofd:PageBlock ID=\"").append(id++).append("\">");
                        close.append("</ofd:PageBlock>");
                    }
                    content = (xml.substring(0, start) + open + xml.substring(start, end) + close + xml.substring(end))
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return Files.write(out, bytes.toByteArray());
    }

    private static JsonNode withSource(JsonNode expected, Path file) throws IOException {
        ObjectNode copy = expected.deepCopy();
        ObjectNode source = (ObjectNode) copy.get("source");
        source.put("file", file.getFileName().toString());
        source.put("sha256", Converter.sha256(Files.readAllBytes(file)));
        return copy;
    }
}
