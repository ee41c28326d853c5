package org.xxgk.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Every refusal of the API is {"error": "…"} in Chinese, with the status that says what happened. */
class ServerErrorsTest {

    private static byte[] multipart(int parts) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            body.append("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"").append(i)
                    .append(".txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n");
        }
        return body.append("--b--\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static RawHttp.Answer post(int port, String path, String type, byte[] body) throws Exception {
        return RawHttp.exchange(port, "POST", path, "127.0.0.1:" + port, Map.of("Content-Type", type), body);
    }

    private static void assertJsonError(RawHttp.Answer a, int status, String message) {
        assertEquals(status, a.status(), a.body());
        assertTrue(a.headers().get("content-type").startsWith("application/json"), a.headers().toString());
        assertEquals(message, a.error());
    }

    @Test
    void sizesAndCounts() throws Exception {
        ServeOptions o = TestServer.options();
        o.maxFiles = 3;
        try (WebServer server = TestServer.start(o, FakeConversions.instant())) {
            int port = server.port();
            assertEquals(200, post(port, "/api/convert", "multipart/form-data; boundary=b", multipart(3)).status());
            assertJsonError(post(port, "/api/convert", "multipart/form-data; boundary=b", multipart(4)), 413,
                    "一次上传的文件过多：最多 3 个，请分批上传");
            assertJsonError(post(port, "/api/convert?filename=a.pdf", "application/octet-stream", new byte[1024 * 1024 + 1]), 413,
                    "上传的内容超过大小上限（1 MB）");
            assertJsonError(post(port, "/api/export/xlsx", "application/json", new byte[1024 * 1024 + 1]), 413,
                    "导出请求的内容超过大小上限（1 MB）");
            assertJsonError(post(port, "/api/convert", "multipart/form-data; boundary=b", new byte[2 * 1024 * 1024]), 413,
                    "上传的内容超过大小上限（1 MB）");
        }
    }

    @Test
    void aBodyFarOverTheLimitIsRefusedBeforeItIsSent() throws Exception {
        try (WebServer server = TestServer.start(TestServer.options(), FakeConversions.instant());
                RawHttp c = new RawHttp(server.port())) {
            c.send("POST /api/convert?filename=a.pdf HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                    + "\r\nContent-Length: 104857600\r\n\r\n");
            RawHttp.Answer a = c.answer();
            assertJsonError(a, 413, "上传的内容超过大小上限（1 MB）");
            assertEquals("close", a.headers().get("connection"));
        }
    }

    @Test
    void wrongAddressesMethodsAndRequests() throws Exception {
        try (WebServer server = TestServer.start(TestServer.options(), FakeConversions.instant())) {
            int port = server.port();
            assertJsonError(RawHttp.get(port, "/api/nothing"), 404, "找不到该地址：GET /api/nothing");
            assertJsonError(RawHttp.get(port, "/api/convert"), 405, "该地址不支持这种请求方法：GET /api/convert");
            assertJsonError(post(port, "/api/convert", "multipart/form-data; boundary=b", "--b\r\nnot a part".getBytes()), 400,
                    "上传的请求格式有误，无法解析其中的文件");
            assertJsonError(post(port, "/api/convert?filename=a.pdf", "application/octet-stream", new byte[0]), 400,
                    "请求中没有文件：请以 multipart 上传，或在请求体中发送文件并用 filename 参数给出文件名");
            // Refused by Jetty before any route: still the same shape.
            try (RawHttp c = new RawHttp(port)) {
                c.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n");
                assertJsonError(c.answer(), 431, "请求头过大");
            }
            try (RawHttp c = new RawHttp(port)) {
                c.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Length: x\r\n\r\n");
                assertJsonError(c.answer(), 400, "请求格式有误，服务器无法解析");
            }
        }
    }

    @Test
    void aFullQueueGets503WithRetryAfter() throws Exception {
        FakeConversions held = FakeConversions.held();
        ExecutorService clients = Executors.newFixedThreadPool(3);
        try (WebServer server = TestServer.start(TestServer.options(), held)) {
            int port = server.port();
            // One conversion running (held), then two more uploads for the one place in the queue.
            Future<RawHttp.Answer> first = clients.submit(() -> post(port, "/api/convert?filename=a.txt", "text/plain", "a".getBytes()));
            assertTrue(held.started.tryAcquire(30, TimeUnit.SECONDS), "the first conversion did not start");
            List<Future<RawHttp.Answer>> more = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                more.add(clients.submit(() -> post(port, "/api/convert?filename=b.txt", "text/plain", "b".getBytes())));
            }
            // Exactly one of them cannot wait: which one depends on which came first, not on time.
            RawHttp.Answer refused = null;
            while (refused == null) {
                for (Future<RawHttp.Answer> f : more) {
                    if (f.isDone()) {
                        refused = f.get();
                    }
                }
                Thread.sleep(10);
            }
            assertJsonError(refused, 503, "服务器繁忙：正在转换的文件太多，请稍后再试");
            assertEquals(String.valueOf(ConversionPool.RETRY_AFTER_SECONDS), refused.headers().get("retry-after"));
            held.release();
            assertEquals(200, first.get().status());
            int ok = 0;
            for (Future<RawHttp.Answer> f : more) {
                ok += f.get().status() == 200 ? 1 : 0;
            }
            assertEquals(1, ok, "the queued upload is converted");
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void stoppingAnswersWaitingUploadsAt503() throws Exception {
        FakeConversions held = FakeConversions.held();
        ExecutorService clients = Executors.newSingleThreadExecutor();
        try {
            WebServer server = TestServer.start(TestServer.options(), held);
            int port = server.port();
            Future<RawHttp.Answer> upload = clients.submit(() -> post(port, "/api/convert?filename=a.txt", "text/plain", "a".getBytes()));
            assertTrue(held.started.tryAcquire(30, TimeUnit.SECONDS), "the conversion did not start");
            server.close();
            RawHttp.Answer a = upload.get(30, TimeUnit.SECONDS);
            assertJsonError(a, 503, "服务器正在停止，文件未能转换，请稍后再试");
            assertEquals(String.valueOf(ConversionPool.RETRY_AFTER_SECONDS), a.headers().get("retry-after"));
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void theAccessLogHasOneLinePerRequest() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ServeOptions o = TestServer.options();
        o.accessLog = true;
        try (WebServer server = TestServer.start(o, FakeConversions.instant(), new PrintStream(log, true, StandardCharsets.UTF_8))) {
            int port = server.port();
            RawHttp.Answer converted = post(port, "/api/convert?filename=%E5%B9%B4%E6%8A%A5.txt", "text/plain; charset=utf-8", "hello".getBytes());
            assertEquals(200, converted.status());
            RawHttp.Answer missing = RawHttp.get(port, "/api/nothing");
            assertEquals(404, missing.status());
            RawHttp.Answer tooMany = post(port, "/api/convert", "multipart/form-data; boundary=b", multipart(101));
            assertEquals(413, tooMany.status());
            String lines = awaitLines(log, 3);
            assertTrue(lines.lines().anyMatch(l -> l.matches("\\S+ id=" + converted.headers().get("x-request-id")
                    + " POST /api/convert in=5 type=text/plain status=200 out=\\d+ ms=\\d+")), lines);
            assertTrue(lines.lines().anyMatch(l -> l.matches("\\S+ id=" + missing.headers().get("x-request-id")
                    + " GET /api/nothing in=0 type=- status=404 out=\\d+ ms=\\d+")), lines);
            assertTrue(lines.lines().anyMatch(l -> l.matches("\\S+ id=" + tooMany.headers().get("x-request-id")
                    + " POST /api/convert in=\\d+ type=multipart/form-data status=413 out=\\d+ ms=\\d+")), lines);
            assertTrue(!lines.contains("filename") && !lines.contains("年报"), "file names stay out of the log: " + lines);
            assertEquals(3, java.util.Set.of(converted.headers().get("x-request-id"), missing.headers().get("x-request-id"),
                    tooMany.headers().get("x-request-id")).size(), "every request has its own id");
        }
    }

    /** The log line is written once the answer is complete, which the client may see first. */
    private static String awaitLines(ByteArrayOutputStream log, int count) throws InterruptedException {
        for (int i = 0; i < 3000 && log.toString(StandardCharsets.UTF_8).lines().count() < count; i++) {
            Thread.sleep(10);
        }
        return log.toString(StandardCharsets.UTF_8);
    }
}
