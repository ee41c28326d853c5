package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux drag-and-drop wrapper of the packaged distribution, run for real on a folder and a
 * file whose paths hold spaces and Chinese, under a bare POSIX locale.
 */
class DropWrapperIT {

    private static Path distribution() throws java.io.IOException {
        try (var found = Files.list(Cli.repo().resolve("cli/target"))) {
            Path folder = found.filter(p -> p.getFileName().toString().startsWith("xxgk-") && Files.isDirectory(p))
                    .findFirst().orElseThrow();
            try (var inner = Files.list(folder)) {
                return inner.findFirst().orElseThrow();
            }
        }
    }

    @Test
    void jsonBesideEachDroppedReportAndASummaryWorkbook(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("政府信息公开 年报");
        Files.createDirectories(folder.resolve("2023 年"));
        Path seed = folder.resolve("石泉县 人民政府.txt");
        Files.copy(Cli.testdata("html/004.html"), seed);
        Path pdf = folder.resolve("2023 年/通榆县 报告.pdf");
        Files.copy(Cli.testdata("office/000.pdf"), pdf);
        Path loose = dir.resolve("另一个 文件.docx");
        Files.copy(Cli.testdata("office/004.docx"), loose);

        ProcessBuilder builder = new ProcessBuilder("bash", distribution().resolve("xxgk-drop.sh").toString(),
                folder.toString(), loose.toString())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectErrorStream(true);
        builder.environment().remove("LC_ALL");
        builder.environment().put("LANG", "C");
        Path log = dir.resolve("wrapper.log");
        Process process = builder.redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES));
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);

        assertEquals(Cli.read(Cli.testdata("html/004.expected.json")).get("applications"),
                Cli.read(folder.resolve("石泉县 人民政府.json")).get("applications"));
        assertEquals("石泉县 人民政府.txt", Cli.read(folder.resolve("石泉县 人民政府.json")).at("/source/file").asText());
        assertEquals("inconsistent", Cli.read(folder.resolve("2023 年/通榆县 报告.json")).get("status").asText());
        assertEquals("ok", Cli.read(dir.resolve("另一个 文件.json")).get("status").asText());
        assertTrue(output.contains("转换完成：共 3 个文件"), output);
        assertTrue(output.contains("汇总表：" + folder.resolve("xxgk-汇总.xlsx")), output);
        try (InputStream in = Files.newInputStream(folder.resolve("xxgk-汇总.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertEquals(4, book.getSheet("宽表").getPhysicalNumberOfRows());
        }
    }
}
