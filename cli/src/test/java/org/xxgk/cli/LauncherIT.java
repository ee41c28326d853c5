package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real ./xxgk launcher, as a user would, against the jar this build packaged. */
class LauncherIT {

    private record Result(int code, String out, String err) {
    }

    private static Result launch(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", Cli.repo().resolve("xxgk").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        // A bare POSIX locale, as in many CI jobs and cron tasks: Chinese must still come through.
        builder.environment().remove("LC_ALL");
        builder.environment().put("LANG", "C");
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("launcher did not finish");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void convertPrintsOnlyJsonOnStdout(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("石泉县 2023 年报.txt");
        Files.copy(Cli.testdata("html/004.html"), input);
        Result result = launch(dir, "convert", input.toString());
        assertEquals(0, result.code(), result.err());
        assertEquals("", result.err());
        var doc = Cli.parse(result.out());
        assertEquals("石泉县 2023 年报.txt", doc.at("/source/file").asText());
        assertEquals("石泉县人民政府", doc.at("/report/issuer").asText());
        assertEquals(28364, doc.at("/active_disclosure/licensing/decisions").asInt());
    }

    @Test
    void usageErrorExitsTwo(@TempDir Path dir) throws Exception {
        assertEquals(2, launch(dir, "convert").code());
    }
}
