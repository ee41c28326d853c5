package org.xxgk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xxgk.extract.ocr.TesseractInstall;
import org.xxgk.testing.JsonDocs;
import org.xxgk.testing.SchemaCheck;
import org.xxgk.testing.TestFiles;
import org.xxgk.write.ReportJson;

/**
 * Reports whose tables, or whole pages, are pictures (testdata/scans/make.py): scans with skew,
 * blur, noise and JPEG damage, a fax TIFF, a web page screenshot, and seed 001's text with table
 * screenshots as Word, PDF and MHT. Read by real Tesseract; skipped, with a message, where it is
 * not installed.
 *
 * <p>Each is held to the truth, its source report (scans/NAME.expected.json): every value must be
 * the source's, or null with a finding at its path saying it could not be read; every finding
 * of the source must be there; the only other findings allowed are those OCR may give about what
 * it could not read (ocr_uncertain and missing_value at a null value, unknown_label,
 * duplicate_row) — a misread that slips through as a value, or breaks the arithmetic, fails.
 */
class ScanConversionTest {

    static final List<String> SCANS = List.of("000-scan.pdf", "002-scan.pdf", "003-fax.tif", "004-scan.tif", "003-page.jpg",
            "001-tables.pdf", "001-tables.docx", "001-tables.mht");
    /** Findings OCR may add about what it could not read. */
    private static final Set<String> OCR_NOISE = Set.of("ocr_uncertain", "missing_value", "unknown_label", "duplicate_row");
    private static final List<String> TABLES = List.of("active_disclosure", "applications", "review_litigation");

    private static final Map<String, JsonNode> CONVERTED = new LinkedHashMap<>();

    @BeforeAll
    static void convertAll() throws IOException {
        TesseractInstall.Lookup tesseract = Converter.installedTesseract();
        assumeTrue(tesseract.install() != null, "OCR tests skipped: " + tesseract.problem());
        Converter converter = new Converter();
        for (String name : SCANS) {
            byte[] bytes = Files.readAllBytes(TestFiles.testdata("scans/" + name));
            JsonNode document = JsonDocs.parse(ReportJson.write(converter.convert(bytes, name)));
            SchemaCheck.assertValid(document);
            CONVERTED.put(name, document);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"000-scan.pdf", "002-scan.pdf", "003-fax.tif", "004-scan.tif", "003-page.jpg",
            "001-tables.pdf", "001-tables.docx", "001-tables.mht"})
    void everyValueIsTheSourcesOrFlagged(String name) throws IOException {
        JsonNode truth = JsonDocs.read(TestFiles.testdata("scans/" + name + ".expected.json"));
        JsonNode actual = CONVERTED.get(name);
        assertEquals(truth.get("source"), actual.get("source"), name);
        // The year is read from the pictures' text: right, or not read at all (never another year).
        assertTrue(actual.at("/report/year").isNull() || truth.at("/report/year").equals(actual.at("/report/year")), name);
        assertEquals(truth.at("/report/template"), actual.at("/report/template"), name);
        List<String> problems = new ArrayList<>();
        Set<String> nulls = new HashSet<>();
        Map<String, Set<String>> findingsAt = new LinkedHashMap<>();
        actual.get("findings").forEach(f -> findingsAt.computeIfAbsent(f.get("path").asText(), k -> new HashSet<>()).add(f.get("rule").asText()));
        for (String table : TABLES) {
            compare("/" + table, truth.get(table), actual.get(table), findingsAt, nulls, problems);
        }
        for (JsonNode expected : truth.get("findings")) {
            boolean found = false;
            for (JsonNode f : actual.get("findings")) {
                found |= same(expected, f);
            }
            // A source finding may go only where OCR left one of the cells it is about unread.
            if (!found && nulls.stream().noneMatch(p -> p.startsWith(expected.get("path").asText().replaceAll("/[^/]*$", "")))) {
                problems.add("source finding missing: " + expected);
            }
        }
        for (JsonNode f : actual.get("findings")) {
            boolean expected = false;
            for (JsonNode e : truth.get("findings")) {
                expected |= same(e, f);
            }
            String rule = f.get("rule").asText();
            String path = f.get("path").asText();
            boolean atNull = nulls.contains(path) || !rule.equals("ocr_uncertain") && !rule.equals("missing_value");
            if (!expected && !(OCR_NOISE.contains(rule) && atNull)) {
                problems.add("finding not in the source: " + f);
            }
        }
        if (!nulls.isEmpty()) {
            assertNotEquals("ok", actual.get("status").asText(), name + ": values were left unread, the report cannot be ok");
        }
        assertTrue(problems.isEmpty(), name + ":\n" + String.join("\n", problems));
        if (name.startsWith("001-")) {
            // Their text is a text layer: read exactly.
            assertEquals(truth.get("report"), actual.get("report"), name);
            assertEquals(truth.get("narrative"), actual.get("narrative"), name);
        }
    }

    /** The scans of reports 000, 003 and 004 and the 001 documents: at least 99 % of all values exact. */
    @Test
    void ninetyNinePercentOfValuesAreExact() throws IOException {
        int values = 0;
        int exact = 0;
        for (String name : SCANS) {
            if (name.equals("002-scan.pdf")) {
                continue; // its zeros are printed over the rules (see testdata/scans/NOTES.md)
            }
            JsonNode truth = JsonDocs.read(TestFiles.testdata("scans/" + name + ".expected.json"));
            for (String table : TABLES) {
                int[] counted = count(truth.get(table), CONVERTED.get(name).get(table));
                values += counted[0];
                exact += counted[1];
            }
        }
        assertTrue(exact >= 0.99 * values, exact + " of " + values + " values exact");
    }

    /** Seed 001's situation without Tesseract: the tables are reported as pictures, and how to add OCR is said. */
    @Test
    void withoutTesseractTheTablesAreReportedAsPicturesWithHowToInstall() throws IOException {
        Converter converter = new Converter(Limits.DEFAULT, OcrMode.AUTO,
                () -> new TesseractInstall.Lookup(null, "未安装文字识别引擎 Tesseract，无法识别图片中的表格。" + TesseractInstall.HOW_TO_INSTALL));
        byte[] bytes = Files.readAllBytes(TestFiles.testdata("scans/001-tables.docx"));
        JsonNode document = JsonDocs.parse(ReportJson.write(converter.convert(bytes, "001-tables.docx")));
        assertEquals("incomplete", document.get("status").asText());
        List<String> messages = new ArrayList<>();
        document.get("findings").forEach(f -> messages.add(f.get("rule").asText() + " " + f.get("path").asText() + " " + f.get("message").asText()));
        assertEquals(List.of(
                "missing_section /active_disclosure 第二部分「主动公开政府信息情况」的表格是图片（第1张图片），未安装文字识别引擎 Tesseract，无法识别图片中的表格。"
                        + TesseractInstall.HOW_TO_INSTALL + "，无法读取其中的数值",
                "missing_section /applications 第三部分「收到和处理政府信息公开申请情况」的表格是图片（第2张图片），未安装文字识别引擎 Tesseract，无法识别图片中的表格。"
                        + TesseractInstall.HOW_TO_INSTALL + "，无法读取其中的数值",
                "missing_section /review_litigation 第四部分「政府信息公开行政复议、行政诉讼情况」的表格是图片（第3张图片），未安装文字识别引擎 Tesseract，无法识别图片中的表格。"
                        + TesseractInstall.HOW_TO_INSTALL + "，无法读取其中的数值"), messages);
    }

    /** With --ocr off the pictures are not read, and the findings say so. */
    @Test
    void ocrOffLeavesThePicturesUnread() throws IOException {
        Converter converter = new Converter(Limits.DEFAULT, OcrMode.OFF);
        byte[] bytes = Files.readAllBytes(TestFiles.testdata("scans/001-tables.mht"));
        JsonNode document = JsonDocs.parse(ReportJson.write(converter.convert(bytes, "001-tables.mht")));
        assertEquals("incomplete", document.get("status").asText());
        assertEquals("第三部分「收到和处理政府信息公开申请情况」的表格是图片（第2张图片），文字识别已关闭（--ocr off），无法读取其中的数值",
                document.at("/findings/1/message").asText());
    }

    private static boolean same(JsonNode expected, JsonNode actual) {
        for (String key : List.of("rule", "severity", "path", "expected", "actual")) {
            if (!String.valueOf(expected.get(key)).equals(String.valueOf(actual.get(key)))) {
                return false;
            }
        }
        return true;
    }

    private static void compare(String path, JsonNode truth, JsonNode actual, Map<String, Set<String>> findingsAt, Set<String> nulls,
                                List<String> problems) {
        if (truth == null || truth.isNull()) {
            return;
        }
        if (truth.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                compare(path + "/" + e.getKey(), e.getValue(), actual == null ? null : actual.get(e.getKey()), findingsAt, nulls, problems);
            }
            return;
        }
        if (actual != null && !actual.isNull() && actual.decimalValue().compareTo(truth.decimalValue()) == 0) {
            return;
        }
        if (actual == null || actual.isNull()) {
            nulls.add(path);
            if (findingsAt.containsKey(path)) {
                return; // left unread, and a finding says so
            }
        }
        problems.add(path + ": the source has " + truth + ", the converter gave " + actual + " without a finding");
    }

    /** How many values the truth has, and how many the converter gave exactly. */
    private static int[] count(JsonNode truth, JsonNode actual) {
        if (truth == null || truth.isNull()) {
            return new int[] {0, 0};
        }
        if (truth.isObject()) {
            int[] sum = {0, 0};
            truth.fields().forEachRemaining(e -> {
                int[] c = count(e.getValue(), actual == null ? null : actual.get(e.getKey()));
                sum[0] += c[0];
                sum[1] += c[1];
            });
            return sum;
        }
        boolean exact = actual != null && !actual.isNull() && actual.decimalValue().compareTo(truth.decimalValue()) == 0;
        return new int[] {1, exact ? 1 : 0};
    }
}
