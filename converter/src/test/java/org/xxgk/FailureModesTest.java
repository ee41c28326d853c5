package org.xxgk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xxgk.testing.JsonDocs;
import org.xxgk.testing.SchemaCheck;
import org.xxgk.testing.TestFiles;
import org.xxgk.write.ReportJson;

/** Documents that cannot be read end as status failed with a Chinese reason, never an exception. */
class FailureModesTest {

    private static JsonNode convert(byte[] bytes, String name) {
        JsonNode doc = JsonDocs.parse(ReportJson.write(new Converter().convert(bytes, name)));
        SchemaCheck.assertValid(doc);
        return doc;
    }

    private static void assertFailed(JsonNode doc, String rule, String message) {
        assertEquals("failed", doc.get("status").asText());
        assertEquals(1, doc.get("findings").size());
        assertEquals(rule, doc.at("/findings/0/rule").asText());
        assertEquals("error", doc.at("/findings/0/severity").asText());
        assertEquals("", doc.at("/findings/0/path").asText());
        assertEquals(message, doc.at("/findings/0/message").asText());
        assertEquals(true, doc.get("applications").isNull());
    }

    @Test
    void emptyFile() {
        assertFailed(convert(new byte[0], "empty.txt"), "unreadable", "文件为空，没有可读取的内容");
        assertFailed(convert(" \n\t\r\n".getBytes(StandardCharsets.US_ASCII), "blank.html"), "unreadable", "文件为空，没有可读取的内容");
    }

    @Test
    void randomBytes() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        JsonNode doc = convert(noise, "noise.txt");
        assertEquals("application/octet-stream", doc.at("/source/media_type").asText());
        assertFailed(doc, "unsupported_format", "不支持的文件类型：无法识别的二进制文件（application/octet-stream）");
    }

    @Test
    void brokenPdfIsDetectedByContentEvenUnderAnotherName() {
        byte[] pdf = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        JsonNode doc = convert(pdf, "report.html");
        assertEquals("application/pdf", doc.at("/source/media_type").asText());
        assertFailed(doc, "unreadable", "PDF文档已损坏或不完整，无法读取");
    }

    @Test
    void truncatedPictureFailsClearly() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
        assertFailed(convert(png, "report.pdf"), "unreadable", "图片文件已损坏或不完整，无法读取");
    }

    /** A picture too small to hold any text is not read, and the file fails saying why. */
    @Test
    void pictureWithNothingToReadFails() throws IOException {
        java.awt.image.BufferedImage dot = new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(dot, "png", png);
        Converter converter = new Converter(Limits.DEFAULT, OcrMode.AUTO, () -> new org.xxgk.extract.ocr.TesseractInstall.Lookup(null, "未安装"));
        JsonNode doc = JsonDocs.parse(org.xxgk.write.ReportJson.write(converter.convert(png.toByteArray(), "scan.png")));
        assertFailed(doc, "unreadable", "文件只有图片，无法读取其中的内容：未安装");
    }

    @Test
    void htmlSavedAsDocConvertsAsHtml() throws IOException {
        byte[] page = Files.readAllBytes(TestFiles.testdata("html/004.html"));
        JsonNode doc = convert(page, "石泉县年报.doc");
        assertEquals("text/html", doc.at("/source/media_type").asText());
        assertEquals("石泉县年报.doc", doc.at("/source/file").asText());
        assertEquals("ok", doc.get("status").asText());
        assertEquals(28364, doc.at("/active_disclosure/licensing/decisions").asInt());
    }

    @Test
    void textDumpNamedPdfIsReadAsText() throws IOException {
        byte[] dump = Files.readAllBytes(TestFiles.shared("seeds/004_84cc98fa39b35082.txt"));
        JsonNode doc = convert(dump, "report.pdf");
        assertEquals("text/plain", doc.at("/source/media_type").asText());
        assertEquals("ok", doc.get("status").asText());
    }

    @Test
    void deeplyNestedPageIsRefusedQuickly() {
        String page = "<html><body>" + "<table><tr><td>".repeat(10_000) + "x";
        long start = System.nanoTime();
        assertFailed(convert(page.getBytes(StandardCharsets.UTF_8), "deep.html"), "unreadable", "网页的元素嵌套超过256层，不是可读取的报告页面");
        org.junit.jupiter.api.Assertions.assertTrue(System.nanoTime() - start < 30_000_000_000L, "no pathological slowness");
    }

    /** A file with none of the report's headings, tables or pictures is no report, however small. */
    @Test
    void notAReport() {
        assertFailed(convert("请见附件".getBytes(StandardCharsets.UTF_8), "说明.txt"), "not_a_report",
                "文件中没有政府信息公开工作年度报告的任何部分（既没有六个部分的标题，也没有统计表格），不像是一份年度报告");
        assertFailed(convert("<html><body><p>会议通知</p><p>定于下周召开。</p></body></html>".getBytes(StandardCharsets.UTF_8), "通知.html"),
                "not_a_report", "文件中没有政府信息公开工作年度报告的任何部分（既没有六个部分的标题，也没有统计表格），不像是一份年度报告");
    }

    /** Text that decodes in no charset fails saying so, not "no table found". */
    @Test
    void undecodableTextSaysSo() {
        byte[] bytes = new byte[600];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0xFF : 'a');
        }
        JsonNode doc = convert(bytes, "report.txt");
        assertEquals("failed", doc.get("status").asText());
        assertEquals("unreadable", doc.at("/findings/0/rule").asText());
        assertEquals("文件中的文字无法解码：不是 UTF-8、GB18030（GBK）、Big5 或 UTF-16 编码的文本，文件可能已损坏或不是文本文件",
                doc.at("/findings/0/message").asText());
    }

    @Test
    void sourceFileIsTheNameOnly() {
        JsonNode doc = convert("一、总体情况\n无".getBytes(StandardCharsets.UTF_8), "C:\\Users\\张三\\报告\\2024年报.txt");
        assertEquals("2024年报.txt", doc.at("/source/file").asText());
        assertEquals("incomplete", doc.get("status").asText());
    }
}
