package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a batch writes: failures to write count, names never collide, its own files are not inputs. */
class BatchOutputsTest {

    @Test
    void anOutputThatCannotBeWrittenIsAFailedFile(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Cli.testdata("html/004.html"), in.resolve("a.html"));
        Files.copy(Cli.testdata("html/003.html"), in.resolve("b.html"));
        Path out = dir.resolve("out");
        // A folder where b's JSON goes: the rename onto it fails on every system, as root too.
        Files.createDirectories(out.resolve("b.json").resolve("occupied"));
        Cli run = Cli.run("convert", in.toString(), "-o", out.toString(), "--jsonl", dir.resolve("all.jsonl").toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("failed（无法读取）") && run.err().lines().anyMatch(l -> l.matches("  failed（无法读取）\\s+1")), run.err());
        assertTrue(run.err().contains("b.html：无法写入结果文件 " + out.resolve("b.json") + "（同名的文件夹已存在）"), run.err());
        assertEquals("ok", Cli.read(out.resolve("a.json")).get("status").asText());
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(), "no temporary file left");
        }
    }

    @Test
    void aSummaryThatCannotBeWrittenFailsTheRun(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("汇总.xlsx").resolve("occupied"));
        Cli run = Cli.run("convert", Cli.testdata("html/004.html").toString(), Cli.testdata("html/003.html").toString(),
                "--xlsx", dir.resolve("汇总.xlsx").toString(), "-q");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("xxgk: 无法写入汇总文件"), run.err());
    }

    @Test
    void theListOfWrittenFilesHoldsOnlyWhatWasWritten(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in 年报"));
        Files.copy(Cli.testdata("html/004.html"), in.resolve("a.html"));
        Files.copy(Cli.testdata("html/003.html"), in.resolve("b.html"));
        Files.createDirectories(in.resolve("b.json").resolve("occupied"));
        Path list = dir.resolve("written.txt");
        Cli run = Cli.run("convert", in.toString(), "--beside", "--xlsx", in.resolve("汇总.xlsx").toString(),
                "--list-written", list.toString(), "-q");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of(in.resolve("a.json").toAbsolutePath().toString(), in.resolve("汇总.xlsx").toAbsolutePath().toString()),
                Files.readAllLines(list, StandardCharsets.UTF_8));

        Files.delete(in.resolve("汇总.xlsx"));
        Files.createDirectories(in.resolve("汇总.xlsx").resolve("occupied"));
        run = Cli.run("convert", in.resolve("a.html").toString(), "--beside", "--xlsx", in.resolve("汇总.xlsx").toString(),
                "--list-written", list.toString(), "-q");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of(in.resolve("a.json").toAbsolutePath().toString()), Files.readAllLines(list, StandardCharsets.UTF_8),
                "the JSON kept from the first run is listed, the workbook that could not be written is not");

        Path out = dir.resolve("all");
        run = Cli.run("convert", in.resolve("a.html").toString(), "-o", out.toString(), "--jsonl", out.resolve("r.jsonl").toString(),
                "--csv", out.resolve("r.csv").toString(), "--xlsx", out.resolve("r.xlsx").toString(),
                "--audit", out.resolve("audit.json").toString(), "--list-written", list.toString(), "-q");
        assertEquals(0, run.exitCode(), run.err());
        List<String> every = List.of("a.json", "r.jsonl", "r.csv", "r-long.csv", "r-findings.csv", "r.xlsx", "audit.json").stream()
                .map(name -> out.resolve(name).toAbsolutePath().toString()).toList();
        assertEquals(every, Files.readAllLines(list, StandardCharsets.UTF_8), "every file written, the findings CSV and the audit too");
        for (String file : every) {
            assertTrue(Files.isRegularFile(Path.of(file)), file);
        }
    }

    @Test
    void namesDifferingOnlyInCaseGetOutputsThatDifferWithoutCase(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Cli.testdata("office/004.pdf"), in.resolve("A.pdf"));
        Files.copy(Cli.testdata("office/003.pdf"), in.resolve("a.PDF"));
        Files.copy(Cli.testdata("office/002.pdf"), in.resolve("a.pdf"));
        Path out = dir.resolve("out");
        Cli run = Cli.run("convert", in.toString(), "-o", out.toString(), "-q");
        assertEquals(0, run.exitCode(), run.err());
        List<String> names;
        try (Stream<Path> files = Files.list(out)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("A.json", "a.PDF.json", "a.pdf.2.json"), names);
        assertEquals(3, names.stream().map(n -> n.toLowerCase(Locale.ROOT)).distinct().count(), "one file each on Windows and macOS too");
        assertEquals("A.pdf", Cli.read(out.resolve("A.json")).at("/source/file").asText());
        assertEquals("a.PDF", Cli.read(out.resolve("a.PDF.json")).at("/source/file").asText());
        assertEquals("a.pdf", Cli.read(out.resolve("a.pdf.2.json")).at("/source/file").asText());
    }

    @Test
    void itsOwnWorkbookIsNotAnInputOfTheNextRunWhateverItsName(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Cli.testdata("html/004.html"), in.resolve("a.html"));
        Files.copy(Cli.testdata("office/003.xlsx"), in.resolve("b.xlsx"));
        String workbook = in.resolve("结果.xlsx").toString();
        Cli first = Cli.run("convert", in.toString(), "--xlsx", workbook, "--jsonl", in.resolve("all.jsonl").toString(),
                "--csv", in.resolve("all.csv").toString());
        assertEquals(0, first.exitCode(), first.err());
        Cli second = Cli.run("convert", in.toString(), "--xlsx", in.resolve("again.xlsx").toString());
        assertTrue(second.err().contains("转换完成：共 2 个文件"), second.err());
        Cli glob = Cli.run("convert", in + "/*.xlsx", "--jsonl", dir.resolve("g.jsonl").toString(), "-q");
        List<String> lines = Files.readAllLines(dir.resolve("g.jsonl"), StandardCharsets.UTF_8);
        assertEquals(1, lines.size(), "only b.xlsx: " + lines);
        assertEquals("b.xlsx", Cli.parse(lines.get(0)).at("/source/file").asText());
        assertEquals(0, glob.exitCode());
    }

    @Test
    void outputsGetTheUsersUmaskNotPrivateModes(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Cli run = Cli.run("convert", Cli.testdata("html/004.html").toString(), Cli.testdata("html/003.html").toString(),
                "-o", out.toString(), "--xlsx", out.resolve("x.xlsx").toString(), "-q");
        assertEquals(0, run.exitCode(), run.err());
        // A file created the ordinary way in the same folder shows what the umask allows.
        Path plain = Files.createFile(out.resolve("plain"));
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        assertTrue(expected.contains(PosixFilePermission.OTHERS_READ) || expected.contains(PosixFilePermission.GROUP_READ),
                "this test needs a umask that lets others read (022 or 002): " + expected);
        for (String name : List.of("004.json", "003.json", "x.xlsx")) {
            assertEquals(expected, Files.getPosixFilePermissions(out.resolve(name)), name);
        }
    }

    @Test
    void theLongSheetGoesOnInAnotherBeforeExcelsRowLimit() throws IOException {
        JsonNode a = Cli.read(Cli.testdata("html/004.expected.json"));
        JsonNode b = Cli.read(Cli.testdata("html/003.expected.json"));
        List<org.xxgk.cli.batch.Outcome> outcomes = List.of(outcome("a.html", a), outcome("b.html", b));
        int perReport = org.xxgk.cli.export.Exports.longRows(outcomes.get(0)).size();
        assertFalse(perReport < 100, "a report has some hundred values");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        // A sheet of 150 rows stands in for Excel's 1,048,576: the same code splits both.
        org.xxgk.cli.export.XlsxExportAccess.write(outcomes, 150, bytes);
        List<List<Object>> expected = new java.util.ArrayList<>();
        outcomes.forEach(o -> expected.addAll(org.xxgk.cli.export.Exports.longRows(o)));
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            List<String> sheets = new java.util.ArrayList<>();
            book.forEach(s -> sheets.add(s.getSheetName()));
            int needed = (expected.size() + 148) / 149;
            List<String> names = new java.util.ArrayList<>(List.of("检查结果", "年度衔接", "汇总", "宽表", "长表"));
            for (int i = 2; i <= needed; i++) {
                names.add("长表" + i);
            }
            assertEquals(names, sheets);
            int next = 0;
            for (String name : names.subList(4, names.size())) {
                var sheet = book.getSheet(name);
                assertEquals("文件", sheet.getRow(0).getCell(0).getStringCellValue(), name + " has the header");
                assertTrue(sheet.getLastRowNum() < 150, name);
                for (int r = 1; r <= sheet.getLastRowNum(); r++, next++) {
                    List<Object> want = expected.get(next);
                    assertEquals(want.get(6), sheet.getRow(r).getCell(6).getStringCellValue(), name + " row " + r);
                    Object value = want.get(5);
                    var cell = sheet.getRow(r).getCell(5);
                    if (value == null) {
                        assertTrue(cell == null, name + " row " + r);
                    } else {
                        assertEquals(((java.math.BigDecimal) value).doubleValue(), cell.getNumericCellValue(), name + " row " + r);
                    }
                }
            }
            assertEquals(expected.size(), next, "every value on some sheet");
            assertEquals("xxgk", book.getProperties().getCoreProperties().getCreator());
        }
    }

    @Test
    void findingsGoOnInAnotherSheetToo() throws IOException {
        List<org.xxgk.cli.batch.Outcome> outcomes = List.of(outcome("a.html", Cli.read(Cli.testdata("html/000.expected.json"))),
                outcome("b.html", Cli.read(Cli.testdata("seeds/000.expected.json"))));
        List<List<Object>> expected = new java.util.ArrayList<>();
        outcomes.forEach(o -> expected.addAll(org.xxgk.cli.export.FindingRows.of(o)));
        assertTrue(expected.size() >= 8, "seed 000 has several findings: " + expected.size());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        org.xxgk.cli.export.XlsxExportAccess.write(outcomes, 5, bytes);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            List<String> names = new java.util.ArrayList<>();
            book.forEach(sheet -> {
                if (sheet.getSheetName().startsWith("检查结果")) {
                    names.add(sheet.getSheetName());
                }
            });
            List<String> wanted = new java.util.ArrayList<>(List.of("检查结果"));
            for (int i = 2; i <= (expected.size() + 3) / 4; i++) {
                wanted.add("检查结果" + i);
            }
            assertEquals(wanted, names);
            int next = 0;
            for (String name : names) {
                var sheet = book.getSheet(name);
                assertEquals("文件", sheet.getRow(0).getCell(0).getStringCellValue(), name + " has the header");
                for (int r = 1; r <= sheet.getLastRowNum(); r++, next++) {
                    assertEquals(expected.get(next).get(8), sheet.getRow(r).getCell(8).getStringCellValue(), name + " row " + r);
                }
            }
            assertEquals(expected.size(), next, "every finding on some sheet");
        }
    }

    private static org.xxgk.cli.batch.Outcome outcome(String name, JsonNode document) {
        Path label = Path.of(name);
        return org.xxgk.cli.batch.Outcome.of(new org.xxgk.cli.batch.Input(label, label), document.toString(), 0, false);
    }
}
