package org.xxgk.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.cli.Cli;

/**
 * docs/examples/xxgk_client.py, run by the system's python3 (skipped without one) on the JSON
 * Lines of a real batch and against the real server: one line per report with the values of its
 * canonical JSON.
 */
class PythonExampleTest {

    private static final String[] INPUTS = {"html/004.html", "html/003.html"};

    private static String python() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "python3");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        Assumptions.abort("python3 is not installed: the Python example is not run");
        return null;
    }

    /** The line the example prints for a document, from its canonical JSON. */
    private static String expectedLine(JsonNode document) {
        JsonNode people = document.at("/applications/new_received/natural_person");
        return String.join("\t", document.at("/source/file").asText(), document.get("status").asText(),
                document.at("/report/issuer").asText(), document.at("/report/year").asText(),
                people.isNumber() ? people.asText() : "", String.valueOf(document.get("findings").size()));
    }

    private static List<String> run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(python(), Cli.repo().resolve("docs/examples/xxgk_client.py").toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("python.out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES));
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), printed);
        return printed.lines().toList();
    }

    @Test
    void readsTheJsonLinesOfABatch(@TempDir Path dir) throws Exception {
        Path jsonl = dir.resolve("全部.jsonl");
        List<String> args = new ArrayList<>(List.of("convert", "-q", "--jsonl", jsonl.toString()));
        List<String> expected = new ArrayList<>();
        for (String input : INPUTS) {
            args.add(Cli.testdata(input).toString());
            expected.add(expectedLine(Cli.read(Cli.testdata(input.replace(".html", ".expected.json")))));
        }
        assertEquals(0, Cli.run(args.toArray(String[]::new)).exitCode());
        assertEquals(expected, run(dir, jsonl.toString()));
    }

    @Test
    void callsTheHttpApi(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("石泉县 2023.txt");
        Files.copy(Cli.testdata(INPUTS[0]), input);
        ServeOptions options = TestServer.options();
        options.maxConcurrent = 2;
        options.timeout = java.time.Duration.ofMinutes(5); // a loaded machine must not fail the example
        try (WebServer server = new WebServer(options)) {
            List<String> lines = run(dir, "--server", "http://127.0.0.1:" + server.port(), input.toString());
            JsonNode expected = Cli.read(Cli.testdata("html/004.expected.json"));
            ((com.fasterxml.jackson.databind.node.ObjectNode) expected.get("source")).put("file", "石泉县 2023.txt");
            assertEquals(List.of(expectedLine(expected)), lines);
        }
    }
}
