package org.xxgk.cli.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.cli.Cli;

/**
 * Which Java the distribution's Linux scripts run on: the bundled runtime first, then a Java 17 or
 * later from JAVA_HOME or the PATH; with none, a Chinese message saying what to install and no
 * file written. Run through the .desktop launcher's own Exec line, as a file manager runs it,
 * with a PATH that holds no java.
 */
class WrapperRuntimeIT {

    private static Path reports(Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("年报 2023"));
        Files.copy(Cli.testdata("html/004.html"), folder.resolve("石泉县.txt"));
        Files.copy(Cli.testdata("office/004.docx"), folder.resolve("另一个.docx"));
        return folder;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A java that says it is {@code version}, as old runtimes do, and does nothing else. */
    private static Path fakeJava(Path bin, String version) throws IOException {
        Files.createDirectories(bin);
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'java version \"" + version + "\"' >&2\necho 'Java(TM) SE Runtime Environment' >&2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return java;
    }

    @Test
    void withoutJavaItSaysWhatToInstallAndWritesNothing(@TempDir Path dir) throws Exception {
        Path folder = reports(dir);
        Path tools = Distribution.toolsWithoutJava(dir);
        Distribution.Run run = Distribution.run(dir, Map.of("PATH", tools.toString()),
                Distribution.desktopCommand(Distribution.packaged().resolve("xxgk-拖放转换.desktop"), folder));
        assertEquals(1, run.code(), run.output());
        assertTrue(run.output().contains("xxgk：没有找到 Java 17 或更高版本，未转换任何文件。"), run.output());
        assertTrue(run.output().contains("sudo apt-get install openjdk-17-jre"), run.output());
        assertFalse(run.output().contains("生成"), run.output());
        assertFalse(run.output().contains("command not found"), run.output());
        assertEquals(List.of("另一个.docx", "石泉县.txt"), names(folder));
    }

    @Test
    void anOldJavaIsNamedAndNotUsed(@TempDir Path dir) throws Exception {
        Path folder = reports(dir);
        Path tools = Distribution.toolsWithoutJava(dir);
        Path old = fakeJava(tools, "1.8.0_392");
        Path oldHome = dir.resolve("jdk-11");
        Path oldHomeJava = fakeJava(oldHome.resolve("bin"), "11.0.21");
        Distribution.Run run = Distribution.run(dir, Map.of("PATH", tools.toString(), "JAVA_HOME", oldHome.toString()),
                Distribution.desktopCommand(Distribution.packaged().resolve("xxgk-拖放转换.desktop"), folder));
        assertEquals(1, run.code(), run.output());
        assertTrue(run.output().contains("找到的 Java 版本太旧：" + oldHomeJava + "（Java 11）、" + old + "（Java 8）"), run.output());
        assertTrue(run.output().contains("未转换任何文件"), run.output());
        assertEquals(List.of("另一个.docx", "石泉县.txt"), names(folder));
    }

    @Test
    void theBundledRuntimeComesFirstAndOnlyWrittenResultsAreNamed(@TempDir Path dir) throws Exception {
        Path folder = reports(dir);
        // A folder where 另一个.json goes: its JSON cannot be written, and the wrapper must not claim it.
        Files.createDirectories(folder.resolve("另一个.json").resolve("occupied"));
        Path tools = Distribution.toolsWithoutJava(dir);
        fakeJava(tools, "1.8.0_392");
        Path distribution = Distribution.copy(dir);
        // The runtime where a jlink bundle has it: this test's own Java 17.
        Files.createSymbolicLink(distribution.resolve("runtime"), Path.of(System.getProperty("java.home")));
        Distribution.Run run = Distribution.run(dir, Map.of("PATH", tools.toString()),
                Distribution.desktopCommand(distribution.resolve("xxgk-拖放转换.desktop"), folder));
        assertEquals(1, run.code(), run.output());
        assertEquals(Cli.read(Cli.testdata("html/004.expected.json")).get("applications"),
                Cli.read(folder.resolve("石泉县.json")).get("applications"));
        assertTrue(run.output().contains("已在报告旁边生成 1 个同名 .json 文件。"), run.output());
        assertTrue(run.output().contains("汇总表：" + folder.toRealPath().resolve("xxgk-汇总.xlsx")), run.output());
        assertTrue(run.output().contains("另一个.docx：无法写入结果文件"), run.output());
        assertTrue(run.output().contains("有文件未能转换或写入，原因见上方说明。"), run.output());
        assertTrue(Files.isRegularFile(folder.resolve("xxgk-汇总.xlsx")));
    }

    @Test
    void aSummaryThatCouldNotBeWrittenIsNotNamed(@TempDir Path dir) throws Exception {
        Path folder = reports(dir);
        Files.createDirectories(folder.resolve("xxgk-汇总.xlsx").resolve("occupied"));
        Path tools = Distribution.toolsWithoutJava(dir);
        Distribution.Run run = Distribution.run(dir, Map.of("PATH", tools.toString(), "JAVA_HOME", System.getProperty("java.home")),
                List.of("bash", Distribution.packaged().resolve("xxgk-drop.sh").toString(), folder.toString()));
        assertEquals(1, run.code(), run.output());
        assertTrue(run.output().contains("已在报告旁边生成 2 个同名 .json 文件。"), run.output());
        assertTrue(run.output().contains("没有生成汇总表。"), run.output());
        assertFalse(run.output().contains("汇总表："), run.output());
        assertEquals("ok", Cli.read(folder.resolve("另一个.json")).get("status").asText());
    }

    @Test
    void theCommandLineRunsOnJavaHomeWhenThePathHasNoJava(@TempDir Path dir) throws Exception {
        Path input = Files.copy(Cli.testdata("html/004.html"), dir.resolve("石泉县 2023.txt"));
        Path tools = Distribution.toolsWithoutJava(dir);
        Path bin = Distribution.packaged().resolve("bin/xxgk");
        Distribution.Run run = Distribution.run(dir, Map.of("PATH", tools.toString(), "JAVA_HOME", System.getProperty("java.home")),
                List.of("bash", bin.toString(), "convert", input.toString()));
        assertEquals(0, run.code(), run.output());
        assertEquals(28364, Cli.parse(run.output()).at("/active_disclosure/licensing/decisions").asInt());

        run = Distribution.run(dir, Map.of("PATH", tools.toString()), List.of("bash", bin.toString(), "convert", input.toString()));
        assertEquals(1, run.code(), run.output());
        assertTrue(run.output().startsWith("xxgk：没有找到 Java 17 或更高版本"), run.output());
    }
}
