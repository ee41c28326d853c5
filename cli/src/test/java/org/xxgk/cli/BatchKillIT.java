package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch of 150 files killed with SIGKILL halfway, then run again: no output is damaged, no
 * temporary file is left, and the second run converts only what the first did not finish.
 */
class BatchKillIT {

    private static ProcessBuilder xxgk(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("java", "-jar", Cli.repo().resolve("cli/target/xxgk.jar").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        // The progress lines read below are the Chinese ones, whatever the locale the tests run under.
        builder.environment().keySet().removeAll(List.of("LC_ALL", "LC_MESSAGES"));
        builder.environment().put("LANG", "C.UTF-8");
        return builder;
    }

    @Test
    void killedBatchResumesWithoutDamage(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("报告");
        MixedCorpus.build(corpus, 150);
        Path out = dir.resolve("out");

        Process first = xxgk("convert", corpus.toString(), "-o", out.toString(), "--jobs", "2").start();
        int seen = 0;
        try (BufferedReader progress = new BufferedReader(new InputStreamReader(first.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = progress.readLine()) != null && seen < 60) {
                if (line.matches("\\[\\s*\\d+/150\\] .*")) {
                    seen++;
                }
            }
        }
        first.destroyForcibly(); // SIGKILL: no shutdown hook, no chance to tidy up
        assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        assertEquals(60, seen, "the first run was killed halfway");

        List<Path> written;
        try (Stream<Path> files = Files.walk(out)) {
            written = files.filter(p -> p.toString().endsWith(".json")).toList();
        }
        assertTrue(written.size() >= 60 && written.size() < 150, "killed halfway: " + written.size() + " outputs");
        for (Path json : written) {
            assertEquals("govinfo-annual-report/1", Cli.read(json).get("schema").asText(), "complete JSON in " + json);
        }

        Path log = dir.resolve("second.log");
        Process second = xxgk("convert", corpus.toString(), "-o", out.toString(), "--jobs", "2").redirectError(log.toFile()).start();
        assertTrue(second.waitFor(5, TimeUnit.MINUTES));
        String report = Files.readString(log, StandardCharsets.UTF_8);
        long reused = report.lines().filter(l -> l.contains("，沿用上次结果")).count();
        assertEquals(written.size(), reused, "only the files without output are converted again");
        assertTrue(report.contains("其中 " + written.size() + " 个文件与上次转换时相同"), report);
        try (Stream<Path> files = Files.walk(out)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertEquals(150, all.stream().filter(p -> p.toString().endsWith(".json")).count());
            assertEquals(0, all.stream().filter(p -> p.getFileName().toString().endsWith(".tmp")).count(), "no temporary file left");
        }
    }
}
