package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch conversion: folders, parallel jobs, outputs, resuming, exports, time limits, --strict. */
class BatchConvertTest {

    @TempDir
    static Path shared;
    static Path corpus;
    static List<MixedCorpus.Entry> entries;
    static Path out;
    static Cli firstRun;

    @BeforeAll
    static void convertThreeHundredFiles() throws IOException {
        corpus = shared.resolve("报告 合集");
        entries = MixedCorpus.build(corpus, 300);
        out = shared.resolve("输出");
        firstRun = Cli.run("convert", corpus.toString(), "-o", out.toString(), "--jobs", "2",
                "--jsonl", out.resolve("全部.jsonl").toString(), "--csv", out.resolve("汇总.csv").toString(),
                "--xlsx", out.resolve("汇总.xlsx").toString());
    }

    @Test
    void everyFileGetsItsJsonMirroringTheFolders() {
        assertEquals(1, firstRun.exitCode(), "broken files are in the batch");
        java.util.Set<Path> named = new java.util.HashSet<>();
        for (MixedCorpus.Entry e : entries.stream().sorted(java.util.Comparator.comparing(MixedCorpus.Entry::copy)).toList()) {
            Path relative = corpus.relativize(e.copy());
            String name = relative.getFileName().toString();
            // The first file of a stem in a folder gets <stem>.json, the others <name>.json.
            Path json = out.resolve(relative).resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".json");
            if (!named.add(json)) {
                json = out.resolve(relative).resolveSibling(name + ".json");
            }
            assertTrue(Files.exists(json), "missing " + json);
            JsonNode document = Cli.read(json);
            if (e.expected() != null) {
                assertTrue(Cli.read(e.expected()).equals(document), relative + " differs from " + e.expected());
            } else {
                assertEquals("failed", document.get("status").asText(), relative.toString());
            }
        }
    }

    @Test
    void progressLinesAndSummaryCountEveryFile() throws IOException {
        long progressLines = firstRun.err().lines().filter(l -> l.matches("\\[\\s*\\d+/300\\] .*")).count();
        assertEquals(300, progressLines);
        assertTrue(firstRun.err().contains("转换完成：共 300 个文件"), firstRun.err());
        for (String status : List.of("ok", "inconsistent", "incomplete", "failed")) {
            long expected;
            try (Stream<Path> jsons = Files.walk(out)) {
                expected = jsons.filter(p -> p.toString().endsWith(".json"))
                        .filter(p -> Cli.read(p).get("status").asText().equals(status)).count();
            }
            Matcher m = Pattern.compile("(?m)^  " + status + "（.*?\\s(\\d+)$").matcher(firstRun.err());
            assertTrue(m.find(), status + " missing from summary:\n" + firstRun.err());
            assertEquals(expected, Long.parseLong(m.group(1)), status);
        }
        assertTrue(firstRun.err().contains("失败的文件：") && firstRun.err().contains("truncated.docx：Word文档（.docx）已损坏或不完整，无法读取"));
        assertTrue(firstRun.err().contains("最慢的文件："));
        assertEquals("", firstRun.out(), "results go to files, not standard output");
    }

    @Test
    void jsonLinesHoldEveryReportInInputOrder() throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("全部.jsonl"), StandardCharsets.UTF_8);
        assertEquals(300, lines.size());
        // Input order: folders are walked in path order.
        List<MixedCorpus.Entry> sorted = entries.stream().sorted(java.util.Comparator.comparing(MixedCorpus.Entry::copy)).toList();
        for (int i = 0; i < sorted.size(); i++) {
            JsonNode line = Cli.parse(lines.get(i));
            assertEquals(sorted.get(i).copy().getFileName().toString(), line.at("/source/file").asText());
            if (sorted.get(i).expected() != null) {
                assertTrue(Cli.read(sorted.get(i).expected()).equals(line), "line " + i + " differs from " + sorted.get(i).expected());
            }
        }
    }

    @Test
    void csvHasChineseHeadersAndTheValuesOfTheJson() throws IOException {
        byte[] bytes = Files.readAllBytes(out.resolve("汇总.csv"));
        assertEquals((byte) 0xEF, bytes[0], "UTF-8 byte-order mark for Excel and WPS");
        List<String> lines = Files.readAllLines(out.resolve("汇总.csv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).substring(1).split(",", -1));
        assertEquals(List.of("文件", "路径", "发布机关", "年度", "表格版式", "状态"), header.subList(0, 6));
        int licensing = header.indexOf("二、主动公开·行政许可·本年处理决定数量");
        int secret = header.indexOf("三、依申请公开·（三）不予公开 / 1.属于国家秘密·自然人");
        int review = header.indexOf("四、复议诉讼·行政复议·总计");
        assertTrue(licensing > 0 && secret > 0 && review > 0, header.toString());
        String row = lines.stream().filter(l -> l.startsWith("004.docx,")).findFirst().orElseThrow();
        List<String> cells = List.of(row.split(",", -1));
        assertEquals("石泉县人民政府", cells.get(2));
        assertEquals("2023", cells.get(3));
        assertEquals("28364", cells.get(licensing));
        assertEquals("1", cells.get(secret));
        assertEquals("0", cells.get(review));
        List<String> longLines = Files.readAllLines(out.resolve("汇总-long.csv"), StandardCharsets.UTF_8);
        assertEquals("\uFEFF文件,路径,部分,行,列,数值,JSON指针", longLines.get(0));
        assertTrue(longLines.contains("004.docx,第01批/004.docx,二、主动公开,行政许可,本年处理决定数量,28364,/active_disclosure/licensing/decisions"));
    }

    @Test
    void xlsxHasFrozenHeadersAndNumberCells() throws IOException {
        try (InputStream in = Files.newInputStream(out.resolve("汇总.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet wide = book.getSheet("宽表");
            Sheet tall = book.getSheet("长表");
            assertEquals(301, wide.getPhysicalNumberOfRows());
            assertEquals(1, wide.getPaneInformation().getHorizontalSplitPosition());
            assertEquals(1, tall.getPaneInformation().getHorizontalSplitPosition());
            Row header = wide.getRow(0);
            int licensing = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                if (header.getCell(c).getStringCellValue().equals("二、主动公开·行政许可·本年处理决定数量")) {
                    licensing = c;
                }
            }
            assertTrue(licensing > 0);
            for (Row row : wide) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("004.xlsx")) {
                    assertEquals(CellType.NUMERIC, row.getCell(licensing).getCellType());
                    assertEquals(28364.0, row.getCell(licensing).getNumericCellValue());
                    assertEquals("石泉县人民政府", row.getCell(2).getStringCellValue());
                }
            }
        }
    }

    @Test
    void secondRunReusesOutputsForUnchangedFilesAndRedoesChangedOnes(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("in");
        Files.createDirectories(folder);
        Files.copy(Cli.testdata("html/004.html"), folder.resolve("a.txt"));
        Files.copy(Cli.testdata("html/000.html"), folder.resolve("b.txt"));
        Path target = dir.resolve("out");
        Cli.run("convert", folder.toString(), "-o", target.toString(), "-j", "1");
        Files.copy(Cli.testdata("html/003.html"), folder.resolve("b.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Cli again = Cli.run("convert", folder.toString(), "-o", target.toString(), "-j", "1");
        assertTrue(again.err().contains("a.txt，沿用上次结果"), again.err());
        assertFalse(again.err().contains("b.txt，沿用上次结果"), again.err());
        assertEquals("2019", Cli.read(target.resolve("b.json")).at("/report/template").asText());
        Cli forced = Cli.run("convert", folder.toString(), "-o", target.toString(), "--force");
        assertFalse(forced.err().contains("沿用上次结果"), forced.err());
    }

    @Test
    void strictFailsOnAnythingButOk() {
        String inconsistent = Cli.testdata("html/000.html").toString();
        assertEquals(0, Cli.run("convert", inconsistent).exitCode());
        assertEquals(1, Cli.run("convert", "--strict", inconsistent).exitCode());
        assertEquals(0, Cli.run("convert", "--strict", Cli.testdata("html/004.html").toString()).exitCode());
    }

    @Test
    void globPatternsAreExpandedForShellsThatDoNot() {
        Cli run = Cli.run("convert", Cli.testdata("html").toString() + "/00[34]*.html", "--quiet", "--jsonl", shared.resolve("glob.jsonl").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
    }

    @Test
    void quietBatchPrintsNothingButErrors(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String page : List.of("000.html", "003.html", "004.html")) {
            Files.copy(Cli.testdata("html/" + page), in.resolve(page));
        }
        Cli run = Cli.run("convert", in.toString(), "-q", "-o", dir.resolve("out").toString());
        assertEquals(0, run.exitCode());
        assertEquals("", run.err());
    }

    @Test
    void missingInputIsReportedAndTheRestConverted(@TempDir Path dir) {
        Cli run = Cli.run("convert", "/nonexistent/年报.pdf", Cli.testdata("html/004.html").toString(), "-o", dir.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("/nonexistent/年报.pdf：找不到文件或文件夹"), run.err());
        assertTrue(Files.exists(dir.resolve("004.json")));
    }
}
