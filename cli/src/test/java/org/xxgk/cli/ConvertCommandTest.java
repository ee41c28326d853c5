package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    private static final String PAGE_004 = Cli.testdata("html/004.html").toString();
    private static final String PAGE_000 = Cli.testdata("html/000.html").toString();

    @Test
    void printsTheCanonicalJsonOfOneFile() {
        Cli run = Cli.run("convert", PAGE_004);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(Cli.read(Cli.testdata("html/004.expected.json")), run.json());
        assertEquals("", run.err());
    }

    @Test
    void inconsistentReportStillExitsZero() {
        Cli run = Cli.run("convert", PAGE_000);
        assertEquals(0, run.exitCode());
        assertEquals("inconsistent", run.json().get("status").asText());
    }

    @Test
    void severalFilesPrintAnArrayInArgumentOrder() {
        Cli run = Cli.run("convert", PAGE_004, PAGE_000);
        JsonNode array = run.json();
        assertEquals(2, array.size());
        assertEquals(Cli.read(Cli.testdata("html/004.expected.json")), array.get(0));
        assertEquals(Cli.read(Cli.testdata("html/000.expected.json")), array.get(1));
    }

    @Test
    void outputDirectoryGetsOneJsonPerInputAndNothingOnStdout(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("新建 文件夹");
        Cli run = Cli.run("convert", PAGE_004, PAGE_000, Cli.testdata("html/003.html").toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertEquals(Cli.read(Cli.testdata("html/004.expected.json")), Cli.read(out.resolve("004.json")));
        assertEquals(Cli.read(Cli.testdata("html/000.expected.json")), Cli.read(out.resolve("000.json")));
        assertEquals(Cli.read(Cli.testdata("html/003.expected.json")), Cli.read(out.resolve("003.json")));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(3, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void emptyArchiveFailsWithAChineseMessageSayingSo(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("report.txt");
        Files.write(zip, new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        Cli run = Cli.run("convert", zip.toString());
        assertEquals(1, run.exitCode());
        JsonNode doc = run.json();
        assertEquals("failed", doc.get("status").asText());
        assertEquals("application/zip", doc.at("/source/media_type").asText());
        assertEquals("unreadable", doc.at("/findings/0/rule").asText());
        assertEquals("压缩包中没有任何文件", doc.at("/findings/0/message").asText());
        assertTrue(run.err().contains("转换失败：压缩包中没有任何文件"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void oneBadFileDoesNotStopTheOthers(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Cli run = Cli.run("convert", empty.toString(), PAGE_004, "-o", dir.resolve("out").toString());
        assertEquals(1, run.exitCode());
        assertEquals("failed", Cli.read(dir.resolve("out/empty.json")).get("status").asText());
        assertEquals("文件为空，没有可读取的内容", Cli.read(dir.resolve("out/empty.json")).at("/findings/0/message").asText());
        assertEquals("ok", Cli.read(dir.resolve("out/004.json")).get("status").asText());
    }

    @Test
    void missingFileExitsOne() {
        Cli run = Cli.run("convert", "/nonexistent/报告.txt");
        assertEquals(1, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("找不到文件或文件夹"), run.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, Cli.run("convert").exitCode());
        assertEquals(2, Cli.run("convert", "--no-such-option", PAGE_004).exitCode());
        assertEquals(2, Cli.run().exitCode());
        assertEquals(2, Cli.run("frobnicate").exitCode());
    }

    @Test
    void helpListsEveryOption() {
        Cli top = Cli.run("--help");
        assertEquals(0, top.exitCode());
        assertTrue(top.out().contains("convert") && top.out().contains("schema") && top.out().contains("--version"), top.out());
        Cli convert = Cli.run("convert", "--help");
        for (String option : new String[] {"--output", "FILE", "--help", "--version", "退出码"}) {
            assertTrue(convert.out().contains(option), option + " missing from:\n" + convert.out());
        }
    }

    @Test
    void schemaCommandPrintsTheJsonSchema() {
        Cli run = Cli.run("schema");
        assertEquals(0, run.exitCode());
        assertEquals("https://json-schema.org/draft/2020-12/schema", run.json().get("$schema").asText());
    }
}
