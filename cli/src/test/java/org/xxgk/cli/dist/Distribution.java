package org.xxgk.cli.dist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.xxgk.cli.Cli;

/**
 * The distribution this build packaged (cli/target/xxgk-VERSION/xxgk-VERSION), copies of it, and
 * its scripts run as a user's system would run them: with a bare environment and a PATH of our
 * choosing, so that which Java they find is decided by the test.
 */
public final class Distribution {

    /** What a run printed (standard output and error together) and its exit code. */
    public record Run(int code, String output) {
    }

    private Distribution() {
    }

    public static Path packaged() {
        try (Stream<Path> found = Files.list(Cli.repo().resolve("cli/target"))) {
            Path folder = found.filter(p -> p.getFileName().toString().matches("xxgk-[0-9].*") && Files.isDirectory(p))
                    .findFirst().orElseThrow();
            try (Stream<Path> inner = Files.list(folder)) {
                return inner.findFirst().orElseThrow();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the packaged distribution under {@code dir}, to add a runtime to or break. */
    public static Path copy(Path dir) throws IOException {
        Path source = packaged();
        Path target = dir.resolve("xxgk 发行包");
        try (Stream<Path> all = Files.walk(source)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return target;
    }

    /**
     * A folder of links to the few programs the scripts use besides Java, to serve as the whole
     * PATH: no java in it unless a test puts one there.
     */
    public static Path toolsWithoutJava(Path dir) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("tools"));
        for (String tool : List.of("bash", "sh", "sed", "awk", "head", "dirname", "mktemp", "rm", "mv", "cat", "cksum", "cut", "mkdir")) {
            Path program = Stream.of("/usr/bin", "/bin").map(d -> Path.of(d, tool)).filter(Files::isExecutable)
                    .findFirst().orElseThrow(() -> new AssertionError("no " + tool + " on this system"));
            // a script, not a link: the temporary folder is deleted without warnings about links
            Path script = bin.resolve(tool);
            Files.writeString(script, "#!/bin/sh\nexec " + program.toRealPath() + " \"$@\"\n");
            Files.setPosixFilePermissions(script, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return bin;
    }

    /** Runs {@code command} with only {@code environment} (plus HOME and a bare locale), stdin empty. */
    public static Run run(Path workDir, Map<String, String> environment, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().clear();
        builder.environment().put("HOME", workDir.toString());
        builder.environment().put("LANG", "C");
        builder.environment().put("XXGK_NO_PAUSE", "1");
        builder.environment().putAll(environment);
        Path log = Files.createTempFile(workDir, "run", ".log");
        Process process = builder.redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("did not finish: " + command);
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /**
     * The command a file manager runs for the .desktop launcher at {@code desktop} with
     * {@code files} dropped on it: its Exec line with %k and %F filled in (each argument quoted).
     */
    public static List<String> desktopCommand(Path desktop, Path... files) throws IOException {
        String exec = Files.readAllLines(desktop, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("Exec="))
                .findFirst().orElseThrow().substring("Exec=".length());
        List<String> quoted = new ArrayList<>();
        for (Path f : files) {
            quoted.add(quote(f.toString()));
        }
        String line = exec.replace("%k", quote(desktop.toString())).replace("%F", String.join(" ", quoted));
        return List.of("sh", "-c", line);
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
