package org.xxgk.cli.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The upload page's files and pdf.js's, served from the class path as they are in the jar, with
 * their types and validators; nothing else of the class path is served.
 */
class ServerStaticFilesTest {

    static WebServer server;
    static int port;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestServer.options(), FakeConversions.instant());
        port = server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<byte[]> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        headers.forEach(request::header);
        return Http.CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] resource(String path) throws Exception {
        try (InputStream in = ServerStaticFilesTest.class.getResourceAsStream(path)) {
            assertTrue(in != null, path);
            return in.readAllBytes();
        }
    }

    @Test
    void thePagesFilesComeWithTheirTypes() throws Exception {
        Map<String, String> files = Map.of("/", "/web/index.html", "/index.html", "/web/index.html", "/app.js", "/web/app.js",
                "/app.css", "/web/app.css", "/source.js", "/web/source.js",
                PdfJsFiles.HOSTED_PATH + "/build/pdf.min.mjs", PdfJsFiles.directory() + "/build/pdf.min.mjs",
                PdfJsFiles.HOSTED_PATH + "/build/pdf.worker.min.mjs", PdfJsFiles.directory() + "/build/pdf.worker.min.mjs");
        Map<String, String> types = Map.of("html", "text/html", "js", "text/javascript", "mjs", "text/javascript", "css", "text/css");
        for (var file : files.entrySet()) {
            HttpResponse<byte[]> answer = get(file.getKey(), Map.of());
            assertEquals(200, answer.statusCode(), file.getKey());
            String extension = file.getValue().substring(file.getValue().lastIndexOf('.') + 1);
            assertEquals(types.get(extension), answer.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""), file.getKey());
            assertArrayEquals(resource(file.getValue()), answer.body(), file.getKey());
        }
    }

    @Test
    void anUnchangedFileIsNotSentAgain() throws Exception {
        HttpResponse<byte[]> first = get("/app.css", Map.of());
        String tag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = get("/app.css", Map.of("If-None-Match", tag));
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
    }

    @Test
    void nothingElseOfTheClassPathIsServed() throws Exception {
        for (String path : List.of("/org/xxgk/cli/serve/WebServer.class", "/web/index.html", "/META-INF/MANIFEST.MF",
                PdfJsFiles.HOSTED_PATH + "/", "/pdfjs/../org/xxgk/cli/serve/WebServer.class", "/nothing-here.js")) {
            HttpResponse<byte[]> answer = get(path, Map.of());
            assertTrue(answer.statusCode() == 404 || answer.statusCode() == 400, path + ": " + answer.statusCode());
        }
    }
}
