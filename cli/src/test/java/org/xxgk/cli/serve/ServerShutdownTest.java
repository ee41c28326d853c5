package org.xxgk.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.xxgk.cli.Cli;

/** SIGTERM ends a real `xxgk serve` process quickly, however busy it is, and takes its workers with it. */
class ServerShutdownTest {

    private static final Pattern STARTED = Pattern.compile("已启动：http://127\\.0\\.0\\.1:(\\d+)/");

    @Test
    void sigtermEndsTheServerWithinFiveSecondsWithUploadsAndConversionsUnderWay() throws Exception {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.xxgk.cli.Main",
                "serve", "--port", "0", "--max-concurrent", "1").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        List<String> stderr = new CopyOnWriteArrayList<>();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(server.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    stderr.add(line);
                    Matcher m = STARTED.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                }
            } catch (java.io.IOException e) {
                // the process is gone
            }
            port.completeExceptionally(new AssertionError("the server did not start: " + stderr));
        });
        reader.start();
        try {
            int p = port.get(2, TimeUnit.MINUTES);
            byte[] pdf = Files.readAllBytes(Cli.testdata("office/004.pdf"));
            ByteArrayOutputStream upload = new ByteArrayOutputStream();
            upload.writeBytes(("POST /api/convert?filename=004.pdf HTTP/1.1\r\nHost: 127.0.0.1:" + p
                    + "\r\nContent-Length: " + pdf.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            upload.writeBytes(pdf);
            // One conversion first, so that the worker is warm and the next upload is being
            // converted when the signal comes (likely, not needed: the limits hold either way).
            try (RawHttp first = new RawHttp(p)) {
                first.send(upload.toByteArray());
                assertEquals(200, first.answer().status());
            }
            try (RawHttp slow = new RawHttp(p); RawHttp real = new RawHttp(p)) {
                // An upload that will never finish arriving (it stops after its first byte)...
                slow.send("POST /api/convert?filename=slow.pdf HTTP/1.1\r\nHost: 127.0.0.1:" + p
                        + "\r\nContent-Length: 1000000\r\n\r\nx");
                // ...and a whole one, for the worker to convert.
                real.send(upload.toByteArray());

                List<ProcessHandle> workers = server.descendants().toList();
                assertTrue(!workers.isEmpty(), "no worker process was started");
                long start = System.nanoTime();
                server.destroy(); // SIGTERM
                assertTrue(server.waitFor(5, TimeUnit.SECONDS), "still running 5 s after SIGTERM; stderr: " + stderr);
                long ms = (System.nanoTime() - start) / 1_000_000;
                assertEquals(143, server.exitValue(), "ended by the signal, after its shutdown hook");
                for (ProcessHandle worker : workers) {
                    long left = Math.max(0, 5000 - (System.nanoTime() - start) / 1_000_000);
                    worker.onExit().get(left, TimeUnit.MILLISECONDS); // killed, not left to finish
                }
                String answered;
                try {
                    RawHttp.Answer a = real.answer();
                    answered = a.status() + " " + a.body().substring(0, Math.min(80, a.body().length()));
                } catch (java.io.IOException e) {
                    answered = "no answer (" + e.getMessage() + ")";
                }
                System.err.println("xxgk serve ended " + ms + " ms after SIGTERM; the upload under way got: " + answered);
            }
        } finally {
            server.destroyForcibly();
            server.descendants().forEach(ProcessHandle::destroyForcibly);
            reader.join(10_000);
        }
    }
}
