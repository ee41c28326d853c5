package org.xxgk.cli.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.cli.Cli;

/**
 * The Dockerfile, built and run where a container engine (docker or podman) answers; skipped with
 * a message where none does. The container runs as it is documented: read-only root file
 * system, a tmpfs on /tmp, the port published on loopback. It must run as a non-root user, have
 * Tesseract, answer /healthz and convert an uploaded report to its expected values.
 */
class DockerImageIT {

    private static final String IMAGE = "xxgk-smoke-test:latest";

    private record Result(int code, String output) {
    }

    private static Result run(Path dir, Duration limit, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "engine", ".log");
        Process process = new ProcessBuilder(command).directory(Cli.repo().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("did not finish in " + limit + ": " + String.join(" ", command));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8).strip());
    }

    /** docker or podman, when it is installed and its daemon (or service) answers. */
    private static String engine(Path dir) throws IOException, InterruptedException {
        List<String> tried = new ArrayList<>();
        for (String engine : List.of("docker", "podman")) {
            try {
                Result info = run(dir, Duration.ofMinutes(1), engine, "info");
                if (info.code() == 0) {
                    return engine;
                }
                tried.add(engine + " info: " + info.output().lines().reduce((a, b) -> b).orElse("exit " + info.code()));
            } catch (IOException notInstalled) {
                tried.add(engine + ": not installed");
            }
        }
        Assumptions.abort("no container engine answers, the image is not built or tested (" + String.join("; ", tried) + ")");
        return null;
    }

    @Test
    void theImageServesConversionsAsAnUnprivilegedUserOnAReadOnlyRoot(@TempDir Path dir) throws Exception {
        String engine = engine(dir);
        Result build = run(dir, Duration.ofMinutes(40), engine, "build", "-t", IMAGE, ".");
        assertEquals(0, build.code(), build.output());
        assertEquals("10001", run(dir, Duration.ofMinutes(1), engine, "image", "inspect", "--format", "{{.Config.User}}", IMAGE).output());
        Result tesseract = run(dir, Duration.ofMinutes(2), engine, "run", "--rm", "--entrypoint", "tesseract", IMAGE, "--list-langs");
        assertTrue(tesseract.output().contains("chi_sim"), tesseract.output());

        String container = run(dir, Duration.ofMinutes(2), engine, "run", "-d", "--read-only", "--tmpfs", "/tmp",
                "-p", "127.0.0.1::8080", IMAGE).output().lines().reduce((a, b) -> b).orElseThrow();
        try {
            String published = run(dir, Duration.ofMinutes(1), engine, "port", container, "8080").output().lines().findFirst().orElseThrow();
            int port = Integer.parseInt(published.substring(published.lastIndexOf(':') + 1));
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            String health = "";
            for (int i = 0; i < 120 && !health.contains("ok"); i++) {
                try {
                    health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz")).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                } catch (IOException starting) {
                    Thread.sleep(1000);
                }
            }
            assertEquals("{\"status\":\"ok\"}", health);
            HttpResponse<String> converted = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/convert?filename=004.html"))
                    .POST(HttpRequest.BodyPublishers.ofFile(Cli.testdata("html/004.html"))).timeout(Duration.ofMinutes(5)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, converted.statusCode(), converted.body());
            JsonNode expected = Cli.read(Cli.testdata("html/004.expected.json"));
            JsonNode document = Cli.parse(converted.body());
            assertEquals(expected.get("applications"), document.get("applications"));
            assertEquals(expected.get("status"), document.get("status"));
        } finally {
            run(dir, Duration.ofMinutes(2), engine, "rm", "-f", container);
        }
    }
}
