package org.xxgk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.testing.JsonDocs;
import org.xxgk.testing.SchemaCheck;
import org.xxgk.testing.TestFiles;
import org.xxgk.write.ReportJson;

/** Office files that are locked, broken or hostile: a clear failure, and nothing read from outside. */
class OfficeHostileInputTest {

    private static JsonNode convert(byte[] bytes, String name) {
        JsonNode doc = JsonDocs.parse(ReportJson.write(new Converter().convert(bytes, name)));
        SchemaCheck.assertValid(doc);
        return doc;
    }

    private static void assertFailed(JsonNode doc, String message) {
        assertEquals("failed", doc.get("status").asText());
        assertEquals(1, doc.get("findings").size());
        assertEquals("unreadable", doc.at("/findings/0/rule").asText());
        assertEquals(message, doc.at("/findings/0/message").asText());
    }

    @Test
    void passwordProtectedDocx() throws IOException {
        JsonNode doc = convert(Files.readAllBytes(TestFiles.testdata("bad/encrypted-password.docx")), "encrypted-password.docx");
        assertEquals("application/x-tika-ooxml-protected", doc.at("/source/media_type").asText());
        assertFailed(doc, "文档已加密（设有打开密码），无法读取；请去除密码后再转换");
    }

    @Test
    void truncatedDocx() throws IOException {
        assertFailed(convert(Files.readAllBytes(TestFiles.testdata("bad/truncated.docx")), "truncated.docx"),
                "Word文档（.docx）已损坏或不完整，无法读取");
    }

    @Test
    void entityExpansion() throws IOException {
        assertFailed(convert(Files.readAllBytes(TestFiles.testdata("bad/billion-laughs.docx")), "billion-laughs.docx"),
                "文档中的XML含有外部实体或文档类型声明（DOCTYPE），出于安全考虑拒绝读取");
    }

    /** External entities naming a local file and a URL on a live server: neither is read. */
    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "XXGK-SECRET-MARKER");
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "XXGK-REMOTE-MARKER".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String doctype = "<!DOCTYPE w:document [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">"
                    + "<!ENTITY remote SYSTEM \"http://127.0.0.1:" + server.getAddress().getPort() + "/dtd\">]>";
            byte[] hostile = withDocumentXml(Files.readAllBytes(TestFiles.testdata("office/004.docx")),
                    xml -> xml.replaceFirst("\\?>", "?>" + doctype).replaceFirst("<w:t>", "<w:t>&secret;&remote;"));
            JsonNode doc = convert(hostile, "xxe.docx");
            assertFailed(doc, "文档中的XML含有外部实体或文档类型声明（DOCTYPE），出于安全考虑拒绝读取");
            assertFalse(doc.toString().contains("MARKER"));
            assertEquals(0, requests.get(), "the converter must not fetch anything");
        } finally {
            server.stop(0);
        }
    }

    /** The workbook's sheet and its shared strings are streamed by xxgk's own readers: a DOCTYPE in either is refused too. */
    @Test
    void doctypeInAStreamedWorkbookPart() throws IOException {
        byte[] xlsx = Files.readAllBytes(TestFiles.testdata("office/004.xlsx"));
        String doctype = "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>";
        for (String part : new String[] {"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"}) {
            byte[] hostile = withPart(xlsx, part, xml -> xml.replaceFirst("\\?>", "?>" + doctype));
            assertFailed(convert(hostile, "doctype.xlsx"), "文档中的XML含有外部实体或文档类型声明（DOCTYPE），出于安全考虑拒绝读取");
        }
    }

    private static byte[] withDocumentXml(byte[] docx, java.util.function.UnaryOperator<String> change) throws IOException {
        return withPart(docx, "word/document.xml", change);
    }

    private static byte[] withPart(byte[] zipped, String part, java.util.function.UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipped)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(part)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
