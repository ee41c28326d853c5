package org.xxgk.cli.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.cli.Cli;

/**
 * Every broken or hostile input, converted by the real command line in a JVM of 256 MB beside
 * good reports: each ends as a correct conversion or as failed with a Chinese reason, within its
 * time limit, with no stack trace, no temporary file left, and the good files all correct.
 */
class HostileInputsIT {

    @TempDir
    static Path dir;
    static Path bad;

    @BeforeAll
    static void makeTheCorpus() throws Exception {
        bad = dir.resolve("bad");
        BadCorpus.write(bad);
    }

    @Test
    void batchOfBadAndGoodFilesUnder256Megabytes() throws Exception {
        // Both folders' files land directly in the output folder (paths are kept relative to each folder given).
        Path good = dir.resolve("good");
        Files.createDirectories(good);
        for (String f : List.of("html/000.html", "office/004.pdf", "office/004.docx", "office/003.xls", "html/002.html")) {
            Files.copy(Cli.testdata(f), good.resolve(Path.of(f).getFileName()));
        }
        Path out = dir.resolve("out");
        Path tmp = Files.createDirectories(dir.resolve("java-tmp"));
        Path log = dir.resolve("stderr.log");
        Process run = new ProcessBuilder("java", "-Xmx256m", "-Djava.io.tmpdir=" + tmp, "-jar",
                Cli.repo().resolve("cli/target/xxgk.jar").toString(), "convert", bad.toString(), good.toString(),
                "-o", out.toString(), "--timeout", "60s", "-j", "2")
                .redirectError(log.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(run.waitFor(10, TimeUnit.MINUTES), "the batch finishes");
        String stderr = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(1, run.exitValue(), stderr);
        assertFalse(stderr.contains("Exception") || stderr.contains("\tat "), "no stack trace:\n" + stderr);

        try (Stream<Path> inputs = Files.list(bad)) {
            for (Path input : inputs.toList()) {
                String name = input.getFileName().toString().replaceAll("\\p{Cntrl}", "");
                Path json = out.resolve(name.substring(0, name.lastIndexOf('.')) + ".json");
                JsonNode doc = Cli.read(json);
                String status = doc.get("status").asText();
                if (status.equals("failed")) {
                    assertTrue(doc.at("/findings/0/message").asText().matches(".*\\p{IsHan}.*"), name + ": " + doc.get("findings"));
                } else {
                    assertTrue(name.startsWith("really-a-") || name.startsWith("control") || name.startsWith("broken-xref")
                            || name.startsWith("ten-thousand") || name.startsWith("nested"), name + " converted: " + status);
                }
            }
        }
        assertEquals("inconsistent", Cli.read(out.resolve("000.json")).get("status").asText());
        assertEquals(Cli.read(Cli.testdata("office/004.docx.expected.json")), Cli.read(out.resolve("004.json")));
        assertEquals(Cli.read(Cli.testdata("office/004.pdf.expected.json")), Cli.read(out.resolve("004.pdf.json")));
        assertEquals(Cli.read(Cli.testdata("office/003.xls.expected.json")), Cli.read(out.resolve("003.json")));
        assertEquals(Cli.read(Cli.testdata("html/002.expected.json")), Cli.read(out.resolve("002.json")));
        assertEquals("ok", Cli.read(out.resolve("really-a-docx.json")).get("status").asText());
        assertEquals("controlchars.txt", Cli.read(out.resolve("controlchars.json")).at("/source/file").asText());
        try (Stream<Path> left = Files.walk(out)) {
            assertEquals(0, left.filter(p -> p.toString().endsWith(".tmp")).count());
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.toList(), "nothing left in the temporary folder");
        }
    }

    @Test
    void everyBadFileThroughTheApi() throws Exception {
        org.xxgk.cli.serve.ServeOptions options = new org.xxgk.cli.serve.ServeOptions();
        options.port = 0;
        options.maxUploadMb = 20;
        try (org.xxgk.cli.serve.WebServer server = new org.xxgk.cli.serve.WebServer(options);
             Stream<Path> inputs = Files.list(bad)) {
            for (Path input : inputs.toList()) {
                HttpResponse<String> r = org.xxgk.cli.serve.HttpAccess.upload(server.port(), input);
                if (Files.size(input) > 20L * 1024 * 1024) {
                    assertEquals(413, r.statusCode(), input.toString());
                    continue;
                }
                if (input.getFileName().toString().matches(".*\\p{Cntrl}.*")) {
                    // A control character in the upload's file name is malformed multipart.
                    assertEquals(400, r.statusCode());
                    assertEquals("上传的请求格式有误，无法解析其中的文件", Cli.parse(r.body()).get("error").asText());
                    continue;
                }
                assertEquals(200, r.statusCode(), input + ": " + r.body());
                JsonNode doc = Cli.parse(r.body());
                assertEquals("govinfo-annual-report/1", doc.get("schema").asText());
            }
            assertEquals(200, org.xxgk.cli.serve.HttpAccess.health(server.port()));
        }
    }
}
