package org.xxgk.cli.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.cli.Cli;

/**
 * What the distribution's launcher does before Java starts, which is paid on every run: it judges
 * a Java by its runtime's release file rather than by starting it, and names its class-data
 * archives by the jar's MD5 that the build wrote beside the jar.
 */
class DistLauncherIT {

    /** A java that leaves a mark when it is started at all, and claims {@code version} if asked. */
    private static Path javaThatTells(Path home, String version, Path mark) throws IOException {
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho started >> '" + mark + "'\necho 'openjdk version \"" + version + "\"' >&2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return java;
    }

    /** What find_java chose for the packaged distribution, or its message. */
    private static Distribution.Run findJava(Path dir, Map<String, String> environment) throws Exception {
        Path script = Distribution.packaged().resolve("bin/find-java.sh");
        return Distribution.run(dir, environment, List.of("bash", "-c",
                ". \"$1\" && find_java \"$2\" && echo \"$XXGK_JAVA\"", "find", script.toString(), Distribution.packaged().toString()));
    }

    @Test
    void aJavaIsJudgedByItsReleaseFileWithoutBeingStarted(@TempDir Path dir) throws Exception {
        Path tools = Distribution.toolsWithoutJava(dir);
        Path mark = dir.resolve("started");
        Path jdk17 = dir.resolve("jdk 17");
        Path java17 = javaThatTells(jdk17, "11.0.21", mark);
        Files.writeString(jdk17.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"17.0.15\"\nOS_NAME=\"Linux\"\n");
        Distribution.Run run = findJava(dir, Map.of("PATH", tools.toString(), "JAVA_HOME", jdk17.toString()));
        assertEquals(0, run.code(), run.output());
        assertEquals(java17.toString(), run.output().strip());
        assertFalse(Files.exists(mark), "the java was started to ask its version");

        // The release file decides against what the program would say, too.
        Path jdk11 = dir.resolve("jdk-11");
        Path java11 = javaThatTells(jdk11, "17.0.15", mark);
        Files.writeString(jdk11.resolve("release"), "JAVA_VERSION=\"11.0.21\"");
        run = findJava(dir, Map.of("PATH", tools.toString(), "JAVA_HOME", jdk11.toString()));
        assertEquals(1, run.code(), run.output());
        assertTrue(run.output().contains("找到的 Java 版本太旧：" + java11 + "（Java 11）"), run.output());
        assertFalse(Files.exists(mark));
    }

    @Test
    void aJavaReachedThroughLinksIsFollowedToItsReleaseFile(@TempDir Path dir) throws Exception {
        Path tools = Distribution.toolsWithoutJava(dir);
        Path readlink = Stream.of("/usr/bin/readlink", "/bin/readlink").map(Path::of).filter(Files::isExecutable).findFirst().orElseThrow();
        Files.writeString(tools.resolve("readlink"), "#!/bin/sh\nexec " + readlink + " \"$@\"\n");
        Files.setPosixFilePermissions(tools.resolve("readlink"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Path mark = dir.resolve("started");
        Path jdk = dir.resolve("jvm/jdk-17");
        javaThatTells(jdk, "1.8.0_392", mark);
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"17.0.15\"\n");
        // as Debian has it: /usr/bin/java -> /etc/alternatives/java -> the JDK's (one link relative here)
        Path alternatives = Files.createDirectories(dir.resolve("alternatives"));
        Files.createSymbolicLink(alternatives.resolve("java"), Path.of("../jvm/jdk-17/bin/java"));
        Path bin = Files.createDirectories(dir.resolve("usr bin"));
        Path linked = Files.createSymbolicLink(bin.resolve("java"), alternatives.resolve("java"));

        Distribution.Run run = findJava(dir, Map.of("PATH", tools + ":" + bin));
        assertEquals(0, run.code(), run.output());
        assertEquals(linked.toString(), run.output().strip());
        assertFalse(Files.exists(mark), "the java was started to ask its version");
    }

    @Test
    void classArchivesAreNamedByTheJarsMd5OrItsChecksumOnceTheJarIsNewer(@TempDir Path dir) throws Exception {
        Path root = Distribution.copy(dir);
        Path jar = root.resolve("lib/xxgk.jar");
        Path md5File = root.resolve("lib/xxgk.jar.md5");
        String md5 = Files.readString(md5File).strip();
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(Files.readAllBytes(jar))), md5);

        Path tools = Distribution.toolsWithoutJava(dir);
        Path cache = dir.resolve("cache");
        Map<String, String> environment = Map.of("PATH", tools.toString(), "JAVA_HOME", System.getProperty("java.home"),
                "XDG_CACHE_HOME", cache.toString());
        Path input = Files.copy(Cli.testdata("html/004.html"), dir.resolve("004.html"));
        List<String> command = List.of(root.resolve("bin/xxgk").toString(), "convert", input.toString());
        Distribution.Run run = Distribution.run(dir, environment, command);
        assertEquals(0, run.code(), run.output());
        assertEquals(Cli.read(Cli.testdata("html/004.expected.json")).get("applications"), Cli.parse(run.output()).get("applications"));
        assertEquals(List.of("xxgk-" + md5 + "-web.jsa"), names(cache.resolve("xxgk")));

        // A jar put in place after its MD5 was written is checksummed, and the other's archive goes.
        Files.setLastModifiedTime(md5File, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        Distribution.Run sum = Distribution.run(dir, Map.of("PATH", tools.toString()),
                List.of("sh", "-c", "cksum < \"$1\" | cut -d' ' -f1", "sum", jar.toString()));
        run = Distribution.run(dir, environment, command);
        assertEquals(0, run.code(), run.output());
        assertEquals(List.of("xxgk-" + sum.output().strip() + "-web.jsa"), names(cache.resolve("xxgk")));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
