package org.xxgk.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Clients that send slowly by construction (a byte now and then, or nothing at all) cost the
 * server a connection, not a thread, and are dropped at the deadlines; everyone else is served.
 */
class ServerSlowClientsTest {

    /** Headers of an upload whose body will come one byte at a time. */
    private static String uploadHead(int port, int length) {
        return "POST /api/convert?filename=slow.txt HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + length + "\r\n\r\n";
    }

    @Test
    void healthStaysReachableUnderThreeHundredSlowConnections() throws Exception {
        try (WebServer server = TestServer.start(TestServer.options(), FakeConversions.instant())) {
            int port = server.port();
            List<RawHttp> slow = new ArrayList<>();
            AtomicBoolean trickling = new AtomicBoolean(true);
            Thread trickle = new Thread(() -> {
                // One byte per connection per second: every one of them is busy, none finishes.
                while (trickling.get()) {
                    synchronized (slow) {
                        for (RawHttp c : slow) {
                            try {
                                c.send("x");
                            } catch (IOException e) {
                                // dropped by the server: fine for this test
                            }
                        }
                    }
                    sleep(1000);
                }
            });
            try {
                for (int i = 0; i < 300; i++) {
                    RawHttp c = new RawHttp(port);
                    // 250 slow bodies (Jetty's 250 threads would all wait in them if reads blocked), 50 slow headers.
                    c.send(i < 250 ? uploadHead(port, 1_000_000) : "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nX-Slow: ");
                    synchronized (slow) {
                        slow.add(c);
                    }
                }
                trickle.start();
                sleep(2000); // let every slow body reach the server and wait for its next byte

                RawHttp.Answer health = RawHttp.get(port, "/healthz");
                assertEquals(200, health.status());
                assertEquals("{\"status\":\"ok\"}", health.body());
                RawHttp.Answer upload = RawHttp.exchange(port, "POST", "/api/convert?filename=a.txt", "127.0.0.1:" + port,
                        java.util.Map.of(), "hello".getBytes());
                assertEquals(200, upload.status(), upload.body());
            } finally {
                trickling.set(false);
                trickle.join();
                synchronized (slow) {
                    for (RawHttp c : slow) {
                        c.close();
                    }
                }
            }
        }
    }

    @Test
    void headersSentOneByteAtATimeAreCutOffAtTheHeaderDeadline() throws Exception {
        ServeOptions o = TestServer.options();
        o.headerTimeout = Duration.ofSeconds(1);
        try (WebServer server = TestServer.start(o, FakeConversions.instant()); RawHttp c = new RawHttp(server.port())) {
            long start = System.nanoTime();
            c.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\n");
            boolean closed = false;
            // A byte every 200 ms keeps the connection from ever being idle; only the deadline ends it.
            for (int i = 0; i < 100 && !closed; i++) {
                try {
                    c.send("X-Slow: y\r\n".substring(i % 11, i % 11 + 1));
                } catch (IOException e) {
                    closed = true;
                    break;
                }
                closed = c.closedWithin(Duration.ofMillis(200));
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(closed, "the connection was not closed");
            assertTrue(ms >= 900, "closed after " + ms + " ms, before the deadline");
        }
    }

    @Test
    void aBodySentOneByteAtATimeGets408AtTheUploadDeadline() throws Exception {
        ServeOptions o = TestServer.options();
        o.uploadTimeout = Duration.ofSeconds(1);
        try (WebServer server = TestServer.start(o, FakeConversions.instant()); RawHttp c = new RawHttp(server.port())) {
            c.send(uploadHead(server.port(), 1000));
            AtomicBoolean sending = new AtomicBoolean(true);
            // A byte every 200 ms keeps the connection from ever being idle; only the deadline ends it.
            Thread trickle = new Thread(() -> {
                while (sending.get()) {
                    try {
                        c.send("x");
                    } catch (IOException e) {
                        return;
                    }
                    sleep(200);
                }
            });
            trickle.start();
            try {
                RawHttp.Answer a = c.answer();
                assertEquals(408, a.status());
                assertEquals("上传超时：请求内容未能在1秒内传完，连接已断开", a.error());
                assertEquals("close", a.headers().get("connection"));
            } finally {
                sending.set(false);
                trickle.join();
            }
        }
    }

    @Test
    void aBodyThatStopsGets408WhenTheConnectionIsIdle() throws Exception {
        ServeOptions o = TestServer.options();
        o.idleTimeout = Duration.ofSeconds(1);
        try (WebServer server = TestServer.start(o, FakeConversions.instant()); RawHttp c = new RawHttp(server.port())) {
            c.send(uploadHead(server.port(), 1000));
            c.send("only ten b");
            RawHttp.Answer a = c.answer();
            assertEquals(408, a.status());
            assertEquals("上传中断：1秒内没有收到任何数据，连接已断开", a.error());
            assertEquals("close", a.headers().get("connection"));
            assertTrue(a.headers().get("content-type").startsWith("application/json"));
        }
    }

    @Test
    void aConversionLongerThanTheIdleTimeoutIsStillAnswered() throws Exception {
        ServeOptions o = TestServer.options();
        o.idleTimeout = Duration.ofSeconds(1);
        FakeConversions held = FakeConversions.held();
        try (WebServer server = TestServer.start(o, held); RawHttp c = new RawHttp(server.port())) {
            c.send(uploadHead(server.port(), 5) + "hello");
            assertTrue(held.started.tryAcquire(30, java.util.concurrent.TimeUnit.SECONDS), "the conversion did not start");
            sleep(3000); // the connection is silent three idle timeouts long while the server works
            held.release();
            RawHttp.Answer a = c.answer();
            assertEquals(200, a.status(), a.body());
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
