package org.xxgk.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xxgk.cli.Cli;

/** The HTTP API against the real server on a free loopback port. */
class ServerApiTest {

    static WebServer server;
    static int port;

    static ServeOptions options(int maxUploadMb, int concurrent, int queue) {
        ServeOptions o = new ServeOptions();
        o.port = 0;
        o.maxUploadMb = maxUploadMb;
        o.maxConcurrent = concurrent;
        o.queue = queue;
        o.timeout = Duration.ofSeconds(60);
        return o;
    }

    @BeforeAll
    static void start() {
        server = new WebServer(options(5, 2, 64));
        port = server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void healthAndSchema() throws Exception {
        assertEquals("{\"status\":\"ok\"}", Http.get(port, "/healthz").body());
        HttpResponse<String> schema = Http.get(port, "/api/schema");
        assertEquals(200, schema.statusCode());
        assertEquals("https://json-schema.org/draft/2020-12/schema", Cli.parse(schema.body()).get("$schema").asText());
    }

    @Test
    void oneUploadGivesItsDocument() throws Exception {
        HttpResponse<String> r = Http.upload(port, List.of(Cli.testdata("office/004.docx")));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(Cli.read(Cli.testdata("office/004.docx.expected.json")), Cli.parse(r.body()));
    }

    @Test
    void severalUploadsGiveAnArrayInOrder() throws Exception {
        HttpResponse<String> r = Http.upload(port, List.of(Cli.testdata("html/000.html"), Cli.testdata("office/004.pdf")));
        JsonNode array = Cli.parse(r.body());
        assertEquals(2, array.size());
        assertEquals(Cli.read(Cli.testdata("html/000.expected.json")), array.get(0));
        assertEquals(Cli.read(Cli.testdata("office/004.pdf.expected.json")), array.get(1));
    }

    @Test
    void rawBodyWithAFileName() throws Exception {
        HttpResponse<String> r = Http.raw(port, "?filename=%E5%B9%B4%E6%8A%A5.xls", Files.readAllBytes(Cli.testdata("office/004.xls")));
        assertEquals(200, r.statusCode());
        JsonNode doc = Cli.parse(r.body());
        assertEquals("年报.xls", doc.at("/source/file").asText());
        assertEquals(Cli.read(Cli.testdata("office/004.xls.expected.json")).get("applications"), doc.get("applications"));
    }

    @Test
    void anArchiveGivesADocumentPerReport() throws Exception {
        HttpResponse<String> r = Http.upload(port, List.of(Cli.testdata("zip/reports.zip")));
        assertEquals(200, r.statusCode());
        JsonNode array = Cli.parse(r.body());
        assertEquals(4, array.size());
        assertEquals("reports.zip!/通榆县.html", array.get(1).at("/source/file").asText());
        assertEquals(Cli.read(Cli.testdata("html/000.expected.json")).get("applications"), array.get(1).get("applications"));
    }

    @Test
    void fileNamesAreLabelsNotPaths() throws Exception {
        HttpResponse<String> r = Http.upload(port, List.of(Cli.testdata("html/004.html")), List.of("../../../etc/cron.d/x.txt"));
        assertEquals("x.txt", Cli.parse(r.body()).at("/source/file").asText());
        assertTrue(Files.notExists(Path.of("/etc/cron.d/x.txt")));
    }

    @Test
    void emptyRequestIsABadRequestInChinese() throws Exception {
        HttpResponse<String> r = Http.raw(port, "", new byte[0]);
        assertEquals(400, r.statusCode());
        assertTrue(Cli.parse(r.body()).get("error").asText().startsWith("请求中没有文件"));
    }

    @Test
    void overSizeUploadGets413InChinese() throws Exception {
        Path big = Files.createTempFile("xxgk-big", ".pdf");
        try {
            Files.write(big, new byte[6 * 1024 * 1024]);
            HttpResponse<String> r = Http.upload(port, List.of(big));
            assertEquals(413, r.statusCode());
            assertEquals("上传的内容超过大小上限（5 MB）", Cli.parse(r.body()).get("error").asText());
            assertEquals(200, Http.get(port, "/healthz").statusCode());
        } finally {
            Files.delete(big);
        }
    }

    @Test
    void twentyConcurrentUploadsAllGetTheRightDocument() throws Exception {
        List<Path> files = List.of(Cli.testdata("office/004.pdf"), Cli.testdata("office/000.docx"), Cli.testdata("html/002.html"),
                Cli.testdata("office/003.xlsx"));
        ExecutorService clients = Executors.newFixedThreadPool(20);
        try {
            List<Future<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Path file = files.get(i % files.size());
                responses.add(clients.submit(() -> Http.upload(port, List.of(file))));
            }
            for (int i = 0; i < 20; i++) {
                HttpResponse<String> r = responses.get(i).get();
                assertEquals(200, r.statusCode(), r.body());
                Path file = files.get(i % files.size());
                Path expected = file.getParent().getFileName().toString().equals("html")
                        ? Cli.testdata("html/002.expected.json") : file.resolveSibling(file.getFileName() + ".expected.json");
                assertEquals(Cli.read(expected), Cli.parse(r.body()), file.toString());
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void convertedDocumentsExportToAWorkbook() throws Exception {
        String doc = Http.upload(port, List.of(Cli.testdata("office/004.docx"))).body();
        HttpResponse<byte[]> r = Http.CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/export/xlsx"))
                .POST(HttpRequest.BodyPublishers.ofString("[" + doc + "]")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(r.body()))) {
            assertEquals("004.docx", book.getSheet("宽表").getRow(1).getCell(0).getStringCellValue());
        }
    }

    @Test
    void exportOfSomethingThatIsNotJsonIsABadRequest() throws Exception {
        HttpResponse<String> r = Http.CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/export/xlsx"))
                .POST(HttpRequest.BodyPublishers.ofString("not json")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, r.statusCode());
        assertEquals("请求内容不是有效的JSON，应为 /api/convert 返回的文档或文档数组", Cli.parse(r.body()).get("error").asText());
    }
}
