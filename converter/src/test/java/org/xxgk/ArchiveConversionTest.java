package org.xxgk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.xxgk.container.ZipPackage;
import org.xxgk.model.Report;
import org.xxgk.testing.JsonDocs;
import org.xxgk.testing.SchemaCheck;
import org.xxgk.testing.TestFiles;
import org.xxgk.write.ReportJson;

/**
 * ZIP archives of reports (testdata/zip): every report inside converted and named
 * archive!/path (UTF-8 and GBK entry names), an archive inside not opened, and hostile archives
 * (a bomb, paths that climb out, ten thousand entries) refused clearly.
 */
class ArchiveConversionTest {

    private static final Converter CONVERTER = new Converter();

    private static List<JsonNode> convert(String archive) throws IOException {
        byte[] bytes = Files.readAllBytes(TestFiles.testdata("zip/" + archive));
        assertTrue(CONVERTER.isArchive(bytes, archive));
        List<JsonNode> out = new ArrayList<>();
        for (Report report : CONVERTER.convertArchive(bytes, archive, CONVERTER::convert)) {
            JsonNode doc = JsonDocs.parse(ReportJson.write(report));
            SchemaCheck.assertValid(doc);
            out.add(doc);
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"reports.zip", "reports-gbk.zip", "nested.zip"})
    void everyReportInsideConvertsToItsDocument(String archive) throws IOException {
        JsonNode expected = JsonDocs.read(TestFiles.testdata("zip/" + archive + ".expected.json"));
        List<JsonNode> docs = convert(archive);
        assertEquals(expected.size(), docs.size());
        Iterator<Map.Entry<String, JsonNode>> entries = expected.fields();
        for (JsonNode doc : docs) {
            Map.Entry<String, JsonNode> entry = entries.next();
            assertEquals(archive + "!/" + entry.getKey(), doc.at("/source/file").asText());
            if (entry.getValue().has("source")) {
                JsonDocs.assertSameDocument(entry.getValue(), doc);
            } else {
                assertEquals("failed", doc.get("status").asText());
                String message = entry.getKey().endsWith(".zip") ? "压缩包中的压缩包不再展开，请先解压后再转换"
                        : "Word文档（.docx）已损坏或不完整，无法读取";
                assertEquals(message, doc.at("/findings/0/message").asText());
            }
        }
    }

    @Test
    void aBombFailsItsEntryWithoutUnpackingIt() throws IOException {
        long start = System.nanoTime();
        List<JsonNode> docs = convert("hostile/bomb.zip");
        assertEquals(1, docs.size());
        assertEquals("failed", docs.get(0).get("status").asText());
        assertEquals(ZipPackage.BOMB, docs.get(0).at("/findings/0/message").asText());
        assertTrue(System.nanoTime() - start < 60_000_000_000L);
    }

    @Test
    void pathsNeverLeaveTheArchive() throws IOException {
        for (JsonNode doc : convert("hostile/traversal.zip")) {
            String file = doc.at("/source/file").asText();
            String inside = file.substring(file.indexOf("!/") + 2);
            assertFalse(inside.startsWith("/") || inside.contains("..") || inside.contains("\\\\") || inside.matches("[A-Za-z]:.*"), file);
        }
    }

    @Test
    void tenThousandEntriesAreRefused() throws IOException {
        List<JsonNode> docs = convert("hostile/many-entries.zip");
        assertEquals(1, docs.size());
        assertEquals("many-entries.zip", docs.get(0).at("/source/file").asText());
        assertEquals("压缩包中的文件超过1000个，超出上限，拒绝读取", docs.get(0).at("/findings/0/message").asText());
    }
}
