package org.xxgk.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xxgk.cli.Cli;

/**
 * POST /api/source/page and /api/source/row on a real server with real files: the rows a
 * provenance location names, cell by cell, pages as pictures at 2 px per point, and the
 * Chinese refusals.
 */
class SourceEndpointsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static WebServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestServer.options(), FakeConversions.instant());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<byte[]> post(String path, Path file) throws Exception {
        return Http.CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .POST(file == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofFile(file)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode json(HttpResponse<byte[]> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static String cells(JsonNode row) {
        StringBuilder out = new StringBuilder();
        for (JsonNode cell : row.get("cells")) {
            out.append(cell.get("col").asInt()).append('+').append(cell.get("span").asInt()).append('=').append(cell.get("text").asText()).append('|');
        }
        return out.toString();
    }

    @Test
    void wordRowByTableAndRow() throws Exception {
        HttpResponse<byte[]> answer = post("/api/source/row?filename=004.docx&table=2&row=8", Cli.testdata("office/004.docx"));
        assertEquals(200, answer.statusCode());
        JsonNode row = json(answer);
        assertEquals("第2个表格第8行", row.get("name").asText());
        assertEquals("1+1=三、本年度办理结果|2+1=（三）不予\n公开|3+1=1.属于国家秘密|4+1=1|5+1=0|6+1=0|7+1=0|8+1=0|9+1=0|10+1=1|", cells(row));
    }

    @Test
    void webPageRowByTableAndRow() throws Exception {
        JsonNode row = json(post("/api/source/row?filename=000.html&table=2&row=27", Cli.testdata("html/000.html")));
        assertEquals("第2个表格第27行", row.get("name").asText());
        assertEquals("1+1=三、 本年度办理结果|2+2=(七)总计|4+1=40|5+1=0|6+1=0|7+1=0|8+1=0|9+1=0|10+1=40|", cells(row));
    }

    @Test
    void sheetRowByCell() throws Exception {
        JsonNode row = json(post("/api/source/row?filename=004.xlsx&sheet=Sheet1&cell=I54", Cli.testdata("office/004.xlsx")));
        assertEquals("工作表「Sheet1」第54行", row.get("name").asText());
        assertEquals("1+1=三、本年度办理结果|2+1=三、本年度办理结果|3+6=（七）总计|9+3=34|12+2=0|14+3=0|17+2=0|19+4=0|23+2=0|25+1=３４|",
                cells(row));
    }

    @Test
    void markdownRowByLine() throws Exception {
        Path file = Cli.testdata("markdown/000.pdf2md.md");
        JsonNode row = json(post("/api/source/row?filename=000.pdf2md.md&line=181", file));
        assertEquals("第181行", row.get("name").asText());
        assertEquals("## (七)总计 40 0 0 0 0 0 40 ", Files.readAllLines(file).get(180));
        assertEquals("1+1=(七)总计|2+1=40|3+1=0|4+1=0|5+1=0|6+1=0|7+1=0|8+1=40|", cells(row));
    }

    @Test
    void pdfAndOfdPagesAtTwoPixelsPerPoint() throws Exception {
        HttpResponse<byte[]> pdf = post("/api/source/page?filename=004.pdf&page=2", Cli.testdata("office/004.pdf"));
        assertEquals(200, pdf.statusCode());
        assertEquals("image/png", pdf.headers().firstValue("Content-Type").orElse(""));
        BufferedImage page = ImageIO.read(new ByteArrayInputStream(pdf.body()));
        assertEquals(1190, page.getWidth(), 1); // A4, 595.3 pt
        assertEquals(1684, page.getHeight(), 1);
        BufferedImage ofd = ImageIO.read(new ByteArrayInputStream(
                post("/api/source/page?filename=004.ofd&page=2", Cli.testdata("ofd/004.ofd")).body()));
        assertEquals(1191, ofd.getWidth(), 1);
        assertEquals(1684, ofd.getHeight(), 1);
    }

    @Test
    void refusalsInChinese() throws Exception {
        assertRefused(post("/api/source/page?filename=004.pdf&page=9", Cli.testdata("office/004.pdf")), 422, "文件中没有第9页（共5页）");
        assertRefused(post("/api/source/page?filename=004.docx&page=1", Cli.testdata("office/004.docx")), 422, "这种格式的文件没有页面，无法显示页面图像");
        assertRefused(post("/api/source/row?filename=004.docx&table=2&row=99", Cli.testdata("office/004.docx")), 422, "文件中没有第2个表格第99行");
        assertRefused(post("/api/source/row?filename=004.docx&table=2", Cli.testdata("office/004.docx")), 422, "参数 row 应为从 1 起的页码或行号");
        assertRefused(post("/api/source/row?filename=004.docx&table=2&row=1", null), 422,
                "请求中没有文件：请在请求体中发送文件，并用 filename 参数给出文件名");
        assertRefused(post("/api/source/row?filename=truncated.docx&table=1&row=1", Cli.testdata("bad/truncated.docx")), 422,
                "无法读取这种格式的文件");
    }

    @Test
    void pagesThatCannotOrShouldNotBeDrawnAreRefused(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        assertRefused(post("/api/source/page?filename=a.pdf&page=1", Cli.testdata("bad/encrypted-user-password.pdf")), 422,
                "PDF文件设置了打开密码，无法显示其页面");
        Path garbage = java.nio.file.Files.write(dir.resolve("garbage.pdf"), "%PDF-1.7\nnot a PDF at all".getBytes());
        assertRefused(post("/api/source/page?filename=garbage.pdf&page=1", garbage), 422, "PDF文件已损坏，无法显示其页面");
        // A page of 14,400 points square would be a picture of 3.3 GB at 2 pixels per point.
        Path huge = dir.resolve("huge.pdf");
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage(new org.apache.pdfbox.pdmodel.common.PDRectangle(14400, 14400)));
            document.save(huge.toFile());
        }
        assertRefused(post("/api/source/page?filename=huge.pdf&page=1", huge), 422, "页面过大（14400×14400点），无法显示");
    }

    private static void assertRefused(HttpResponse<byte[]> answer, int status, String message) throws Exception {
        assertEquals(status, answer.statusCode());
        assertEquals(message, json(answer).get("error").asText());
    }
}
