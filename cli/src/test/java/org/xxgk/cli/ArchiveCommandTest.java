package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `xxgk convert` on ZIP archives of reports: every report inside, outputs kept inside the output folder. */
class ArchiveCommandTest {

    @Test
    void archivePrintsOneDocumentPerReport() {
        Cli run = Cli.run("convert", Cli.testdata("zip/reports-gbk.zip").toString());
        assertEquals(1, run.exitCode(), run.err()); // the broken .docx inside is a failed file
        JsonNode docs = run.json();
        assertEquals(4, docs.size());
        assertEquals("reports-gbk.zip!/子目录/石泉县2023年报.pdf", docs.get(0).at("/source/file").asText());
        assertEquals(Cli.read(Cli.testdata("office/004.pdf.expected.json")).get("applications"), docs.get(0).get("applications"));
        assertEquals("failed", docs.get(3).get("status").asText());
    }

    @Test
    void archiveOutputsGoInAFolderNamedAfterIt(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("收到的报告"));
        Files.copy(Cli.testdata("zip/reports.zip"), in.resolve("reports.zip"));
        Path out = dir.resolve("out");
        Cli run = Cli.run("convert", in.toString(), "-o", out.toString(), "--csv", dir.resolve("汇总.csv").toString());
        assertEquals(1, run.exitCode());
        assertEquals("ok", Cli.read(out.resolve("reports/子目录/石泉县2023年报.json")).get("status").asText());
        assertEquals("inconsistent", Cli.read(out.resolve("reports/通榆县.json")).get("status").asText());
        assertEquals("ok", Cli.read(out.resolve("reports/003.json")).get("status").asText());
        assertEquals("failed", Cli.read(out.resolve("reports/坏文件.json")).get("status").asText());
        assertTrue(run.err().contains("reports.zip!/坏文件.docx"), run.err());
        String csv = Files.readString(dir.resolve("汇总.csv"));
        assertTrue(csv.contains("reports.zip!/子目录/石泉县2023年报.pdf"), csv);
    }

    @Test
    void hostileArchivesFailClearlyAndWriteNothingOutside(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Cli run = Cli.run("convert", Cli.testdata("zip/hostile").toString(), "-o", out.toString(), "-q");
        assertEquals(1, run.exitCode());
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> written = files.filter(Files::isRegularFile).toList();
            assertTrue(written.stream().allMatch(p -> p.startsWith(out)), written.toString());
            assertTrue(written.stream().noneMatch(p -> p.toString().contains("..")), written.toString());
        }
        assertEquals("压缩包中的文件超过1000个，超出上限，拒绝读取",
                Cli.read(out.resolve("many-entries.json")).at("/findings/0/message").asText());
        assertEquals("压缩包解压后的大小异常（疑似压缩炸弹），拒绝读取",
                Cli.read(out.resolve("bomb/zeros.json")).at("/findings/0/message").asText());
        assertTrue(Files.exists(out.resolve("traversal/evil.json")));
    }
}
