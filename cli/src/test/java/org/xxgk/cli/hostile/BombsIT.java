package org.xxgk.cli.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.cli.Cli;
import org.xxgk.cli.serve.HttpAccess;

/**
 * Every hostile input, with the default settings, through the command line (one process per
 * file, started by the launcher as a user starts it, with its settings for one file) and through
 * a running server: the answer comes within the time limit
 * plus 2 s, the processes stay under 1 GB resident, nothing goes on using the CPU afterwards, and
 * a good file converted after it is right and takes its normal time.
 */
class BombsIT {

    /** The default time limit of convert and serve. */
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final long ONE_GB = 1L << 30;

    @TempDir
    static Path dir;
    static Path bad;
    static List<Path> inputs;

    @BeforeAll
    static void makeTheCorpus() throws IOException {
        assumeTrue(ProcessTree.measurable(), "needs Linux /proc to measure memory and CPU");
        bad = dir.resolve("bad");
        BadCorpus.write(bad);
        try (Stream<Path> files = Files.list(bad)) {
            inputs = files.sorted().toList();
        }
    }

    @Test
    void eachThroughTheCommandLine() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path input : inputs) {
            Path out = dir.resolve("cli-out.json");
            Path err = dir.resolve("cli-err.txt");
            Process cli = new ProcessBuilder(Cli.repo().resolve("xxgk").toString(), "convert", input.toString())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            long peak;
            long start = System.nanoTime();
            try (ProcessTree tree = new ProcessTree(cli.toHandle())) {
                if (!cli.waitFor(LIMIT.toSeconds() + 2, TimeUnit.SECONDS)) {
                    cli.destroyForcibly();
                    problems.add(input.getFileName() + ": no answer within the limit + 2 s");
                    continue;
                }
                peak = tree.peakRss();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            JsonNode doc = Cli.parse(Files.readString(out, StandardCharsets.UTF_8));
            check(input, doc, problems);
            if (peak >= ONE_GB) {
                problems.add(input.getFileName() + ": peak RSS " + (peak >> 20) + " MB");
            }
            // Standard error holds xxgk's own Chinese line for a failed file, nothing else.
            for (String line : stderr.lines().toList()) {
                if (!line.startsWith("xxgk: ") || !line.matches(".*\\p{IsHan}.*")) {
                    problems.add(input.getFileName() + ": stderr line «" + line + "»");
                }
            }
            System.out.printf("cli  %-28s %-10s %6.1f s %5d MB%n", input.getFileName(), doc.path("status").asText(), seconds, peak >> 20);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void eachThroughTheServerThenAFloodThenAGoodFile() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = dir.resolve("serve.log");
        Process server = new ProcessBuilder(java("serve", "--port", String.valueOf(port)))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try (ProcessTree tree = new ProcessTree(server.toHandle())) {
            waitUntilUp(port, server, log);
            Path good = Cli.testdata("office/004.pdf");
            JsonNode expected = Cli.read(Cli.testdata("office/004.pdf.expected.json"));
            double normal = Double.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                normal = Math.min(normal, timedGood(port, good, expected));
            }
            List<String> problems = new ArrayList<>();
            for (Path input : inputs) {
                tree.resetPeak();
                long start = System.nanoTime();
                HttpResponse<String> r = HttpAccess.upload(port, input);
                double seconds = (System.nanoTime() - start) / 1e9;
                if (seconds > LIMIT.toSeconds() + 2) {
                    problems.add(input.getFileName() + ": answered after " + seconds + " s");
                }
                long peak = tree.peakRss();
                if (peak >= ONE_GB) {
                    problems.add(input.getFileName() + ": server peak RSS " + (peak >> 20) + " MB");
                }
                if (r.statusCode() == 200) {
                    check(input, Cli.parse(r.body()), problems);
                } else if (!(r.statusCode() == 413 || r.statusCode() == 400) || !Cli.parse(r.body()).path("error").asText().matches(".*\\p{IsHan}.*")) {
                    problems.add(input.getFileName() + ": " + r.statusCode() + " " + r.body());
                }
                System.out.printf("http %-28s %3d %6.1f s %5d MB%n", input.getFileName(), r.statusCode(), seconds, peak >> 20);
            }
            assertEquals(List.of(), problems);

            // A flood of bombs at once: each is answered (failed, or 503 with Retry-After when the queue is full)…
            List<Path> bombs = inputs.stream().filter(p -> p.getFileName().toString().matches(
                    "(merged-everything|nested-forms|gridspan|colspan|zip-bomb|nested-tables|thousand-pages).*")).toList();
            assertTrue(bombs.size() >= 5, bombs.toString());
            Instant flood = Instant.now();
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Path bomb = bombs.get(i % bombs.size());
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return HttpAccess.upload(port, bomb);
                    } catch (IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                HttpResponse<String> r = answer.get(LIMIT.toSeconds() * 3, TimeUnit.SECONDS);
                if (r.statusCode() == 503) {
                    assertTrue(r.headers().firstValue("Retry-After").isPresent(), "503 says when to retry");
                } else {
                    assertEquals(200, r.statusCode(), r.body());
                    assertEquals("failed", Cli.parse(r.body()).get("status").asText(), r.body());
                }
            }
            // …nothing goes on working once they are answered…
            Thread.sleep(3000);
            Map<Long, Double> before = tree.cpuOfProcessesStartedBefore(flood);
            Thread.sleep(2000);
            Map<Long, Double> after = tree.cpuOfProcessesStartedBefore(flood);
            for (Map.Entry<Long, Double> p : after.entrySet()) {
                double used = p.getValue() - before.getOrDefault(p.getKey(), p.getValue());
                assertTrue(used < 0.5, "process " + p.getKey() + " used " + used + " s of CPU in 2 s after the flood was answered");
            }
            // …and the next good file is right, in its normal time, with the memory given back.
            double after20 = timedGood(port, good, expected);
            assertTrue(after20 <= normal + 5, "good file after the flood took " + after20 + " s, normally " + normal + " s");
            long rss = Long.MAX_VALUE;
            for (int i = 0; i < 50 && rss >= ONE_GB; i++) {
                rss = tree.rss();
                Thread.sleep(200);
            }
            assertTrue(rss < ONE_GB, "server RSS after the flood " + (rss >> 20) + " MB");
        } finally {
            server.destroy();
            if (!server.waitFor(5, TimeUnit.SECONDS)) {
                server.destroyForcibly();
                fail("the server did not end within 5 s of SIGTERM");
            }
        }
    }

    /** What a hostile input may become: failed with a Chinese reason, or converted where it is a real report. */
    private static void check(Path input, JsonNode doc, List<String> problems) {
        String name = input.getFileName().toString();
        if (!doc.path("schema").asText().equals("govinfo-annual-report/1")) {
            problems.add(name + ": not canonical JSON");
        } else if (doc.path("status").asText().equals("failed")) {
            if (!doc.at("/findings/0/message").asText().matches(".*\\p{IsHan}.*")) {
                problems.add(name + ": failed without a Chinese reason " + doc.get("findings"));
            }
        } else if (!(name.startsWith("really-a-") || name.startsWith("control") || name.startsWith("broken-xref")
                || name.startsWith("ten-thousand") || name.startsWith("nested-tables"))) {
            problems.add(name + " converted: " + doc.path("status").asText());
        }
    }

    private static double timedGood(int port, Path good, JsonNode expected) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> r = HttpAccess.upload(port, good);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(expected, Cli.parse(r.body()));
        return seconds;
    }

    private static void waitUntilUp(int port, Process server, Path log) throws Exception {
        for (int i = 0; i < 300; i++) {
            try {
                if (HttpAccess.health(port) == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (!server.isAlive()) {
                fail("the server ended: " + Files.readString(log));
            }
            Thread.sleep(100);
        }
        fail("the server did not come up: " + Files.readString(log));
    }

    /** The command as the launcher runs it: the shaded jar with the launcher's heap. */
    private static List<String> java(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-jar", Cli.repo().resolve("cli/target/xxgk.jar").toString()));
        command.addAll(List.of(args));
        return command;
    }
}
