package org.xxgk.cli.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.cli.Cli;

/**
 * The self-contained Linux bundle (mvn -Pbundle), unpacked as a user unpacks it into a folder with
 * a Chinese name and run with no Java anywhere: the PATH holds a few shell tools only, JAVA_HOME
 * is unset and the locale is C. Its launcher
 * converts a report; its drop wrapper converts a folder in worker processes, a GB18030 text among
 * the reports (the trimmed runtime must still have the Chinese charsets).
 */
class BundleIT {

    private static Path bundleZip() throws IOException {
        Assumptions.assumeTrue(System.getProperty("os.name").equals("Linux"), "the bundle test runs on Linux");
        try (Stream<Path> files = Files.list(Cli.repo().resolve("cli/target"))) {
            return files.filter(p -> p.getFileName().toString().endsWith("-linux-x64.zip")).findFirst().orElseGet(() -> {
                Assumptions.abort("the self-contained bundle was not built (mvn -Pbundle …): not tested");
                return null;
            });
        }
    }

    /** Unpacks the zip as unzip does, execute bits included. */
    private static Path unpack(Path zip, Path dir) throws IOException {
        try (ZipFile archive = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry entry : Collections.list(archive.getEntries())) {
                Path target = dir.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(dir), entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = archive.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                if ((entry.getUnixMode() & 0100) != 0) {
                    Set<PosixFilePermission> modes = Files.getPosixFilePermissions(target);
                    modes.addAll(Set.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                            PosixFilePermission.OTHERS_EXECUTE));
                    Files.setPosixFilePermissions(target, modes);
                }
            }
        }
        try (Stream<Path> top = Files.list(dir)) {
            return top.findFirst().orElseThrow();
        }
    }

    @Test
    void runsWithNoJavaOnThePathAndNoJavaHome(@TempDir Path dir) throws Exception {
        Path zip = bundleZip();
        Path root = unpack(zip, Files.createDirectories(dir.resolve("解压 后")));
        assertTrue(Files.isExecutable(root.resolve("bin/xxgk")), "the launcher");
        assertTrue(Files.isRegularFile(root.resolve("lib/runtime/lib/server/classes.jsa")), "the runtime's base class-data archive");
        assertTrue(Files.isExecutable(root.resolve("lib/runtime/bin/java")), "the runtime's java, for the workers");
        assertTrue(Files.isRegularFile(root.resolve("lib/app/xxgk.jar")));
        assertTrue(Files.isRegularFile(root.resolve("使用说明.txt")));
        assertFalse(Files.exists(root.resolve("lib/runtime/jmods")));
        Path tools = Distribution.toolsWithoutJava(dir);
        Map<String, String> bare = Map.of("PATH", tools.toString());

        Path input = Files.copy(Cli.testdata("html/004.html"), dir.resolve("石泉县 2023.txt"));
        Distribution.Run single = Distribution.run(dir, bare, List.of(root.resolve("bin/xxgk").toString(), "convert", input.toString()));
        assertEquals(0, single.code(), single.output());
        var document = Cli.parse(single.output());
        var expected = Cli.read(Cli.testdata("html/004.expected.json"));
        assertEquals(expected.get("applications"), document.get("applications"));
        assertEquals(expected.get("active_disclosure"), document.get("active_disclosure"));
        assertEquals("石泉县 2023.txt", document.at("/source/file").asText());

        Path folder = Files.createDirectories(dir.resolve("年报"));
        Files.copy(Cli.testdata("encoding/004-turndown-gb18030.txt"), folder.resolve("gb18030.txt"));
        Files.copy(Cli.testdata("office/004.docx"), folder.resolve("另一个.docx"));
        Distribution.Run drop = Distribution.run(dir, bare,
                Distribution.desktopCommand(root.resolve("xxgk-拖放转换.desktop"), folder));
        assertEquals(0, drop.code(), drop.output());
        assertTrue(drop.output().contains("已在报告旁边生成 2 个同名 .json 文件。"), drop.output());
        assertTrue(drop.output().contains("汇总表：" + folder.toRealPath().resolve("xxgk-汇总.xlsx")), drop.output());
        assertEquals(Cli.read(Cli.testdata("encoding/004-turndown-gb18030.txt.expected.json")).get("applications"),
                Cli.read(folder.resolve("gb18030.json")).get("applications"));
        assertEquals(Cli.read(Cli.testdata("office/004.docx.expected.json")).get("status"),
                Cli.read(folder.resolve("另一个.json")).get("status"));
    }
}
