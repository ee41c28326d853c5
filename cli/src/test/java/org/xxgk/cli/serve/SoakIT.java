package org.xxgk.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.xxgk.cli.Cli;

/**
 * A bounded soak of xxgk serve on loopback: 8 clients upload a mix of good and broken files for
 * a fixed time. Every good upload must come back exactly right, every broken one as failed, and
 * the server's memory and open files must end where they started. Figures go to
 * cli/target/soak.txt (and docs/reliability.md).
 */
class SoakIT {

    private static final Duration LENGTH = Duration.ofSeconds(Long.getLong("xxgk.soak.seconds", 20));
    private static final int CLIENTS = 8;

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static long openFiles() throws Exception {
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }

    @Test
    void mixedUploadsAtConcurrencyEight() throws Exception {
        Map<Path, JsonNode> good = new ConcurrentHashMap<>();
        for (String f : List.of("office/004.pdf", "office/000.docx", "office/003.xls", "html/002.html", "office/004-noborder.pdf")) {
            Path file = Cli.testdata(f);
            Path expected = f.startsWith("html") ? Cli.testdata("html/002.expected.json") : file.resolveSibling(file.getFileName() + ".expected.json");
            good.put(file, Cli.read(expected));
        }
        List<Path> bad = List.of(Cli.testdata("bad/truncated.docx"), Cli.testdata("bad/encrypted-user-password.pdf"),
                Cli.testdata("bad/billion-laughs.docx"), Cli.testdata("bad/xxe-external-entity.docx"));
        List<Path> mix = new ArrayList<>(good.keySet());
        mix.addAll(bad);

        ServeOptions options = new ServeOptions();
        options.port = 0;
        options.maxConcurrent = 2;
        options.queue = 64;
        try (WebServer server = new WebServer(options)) {
            for (Path file : mix) { // warm up: classes loaded, caches filled
                Http.upload(server.port(), List.of(file));
            }
            long heapBefore = usedHeapAfterGc();
            long filesBefore = openFiles();
            AtomicInteger requests = new AtomicInteger();
            long end = System.nanoTime() + LENGTH.toNanos();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                running.add(clients.submit(() -> {
                    for (int i = client; System.nanoTime() < end; i++) {
                        Path file = mix.get(i % mix.size());
                        HttpResponse<String> r = Http.upload(server.port(), List.of(file));
                        assertEquals(200, r.statusCode(), file + ": " + r.body());
                        JsonNode doc = Cli.parse(r.body());
                        if (good.containsKey(file)) {
                            assertEquals(good.get(file), doc, file.toString());
                        } else {
                            assertEquals("failed", doc.get("status").asText(), file.toString());
                        }
                        requests.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            clients.shutdown();
            long heapAfter = usedHeapAfterGc();
            long filesAfter = openFiles();
            String figures = String.format("soak: %d s, %d clients, %d uploads (%.1f/s); heap after GC %d MB -> %d MB; open files %d -> %d; %s%n",
                    LENGTH.toSeconds(), CLIENTS, requests.get(), requests.get() / (double) LENGTH.toSeconds(),
                    heapBefore >> 20, heapAfter >> 20, filesBefore, filesAfter,
                    ManagementFactory.getRuntimeMXBean().getVmName());
            Files.writeString(Cli.repo().resolve("cli/target/soak.txt"), figures, StandardCharsets.UTF_8);
            System.out.print(figures);
            assertTrue(requests.get() > 50, figures);
            // Client and server share this process: each kept-alive connection holds one socket
            // at each end, so up to 2 x 8 more descriptors are connections, not leaks.
            assertTrue(filesAfter <= filesBefore + 2 * CLIENTS + 8, "open files stay flat: " + figures);
            assertTrue(heapAfter <= heapBefore + (64L << 20), "memory stays flat: " + figures);
            assertEquals(200, Http.get(server.port(), "/healthz").statusCode());
        }
    }
}
