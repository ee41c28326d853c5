package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.xxgk.cli.SheetRows.assertRow;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The --xlsx workbook and the --csv findings file as a clerk reads them, cell by cell (POI). */
class WorkbookForPeopleTest {

    private static final List<String> SECTIONS = List.of("active_disclosure", "applications", "review_litigation");

    @TempDir
    static Path dir;
    static XSSFWorkbook book;

    @BeforeAll
    static void convertTwoReports() throws IOException {
        Cli run = Cli.run("convert", Cli.testdata("html/000.html").toString(), Cli.testdata("html/004.html").toString(),
                "-j", "1", "-q", "--xlsx", dir.resolve("汇总.xlsx").toString(), "--csv", dir.resolve("汇总.csv").toString(),
                "--audit", dir.resolve("衔接.json").toString());
        assertEquals(0, run.exitCode(), run.err());
        try (InputStream in = Files.newInputStream(dir.resolve("汇总.xlsx"))) {
            book = new XSSFWorkbook(in);
        }
    }

    @AfterAll
    static void close() throws IOException {
        book.close();
    }

    private static final String M1 = "「行政复议」的「结果维持」为空（第414行）";
    private static final String M2 = "「自然人」列：各项办理结果之和为41，但「（七）总计」为40";
    private static final String M3 = "「总计」列：各项办理结果之和为41，但「（七）总计」为40";
    private static final String M4 = "「总体情况」中写明“收到政府信息公开申请6件”，但表三「一、本年新收政府信息公开申请数量」行「总计」列为41";
    private static final String ISSUER_000 = "通榆县人民政府办公室";

    @Test
    void sheetsInOrder() {
        List<String> names = new ArrayList<>();
        book.forEach(s -> names.add(s.getSheetName()));
        assertEquals(List.of("检查结果", "年度衔接", "汇总", "宽表", "长表"), names);
    }

    /** Two issuers, one year each: nothing to compare across years. */
    @Test
    void noYearToCompare() throws IOException {
        assertEquals("[]\n", Files.readString(dir.resolve("衔接.json"), StandardCharsets.UTF_8));
        XSSFSheet sheet = book.getSheet("年度衔接");
        assertEquals(0, sheet.getLastRowNum());
        assertRow(sheet.getRow(0), "发布机关", "上一年度", "本年度", "上一年度文件", "本年度文件", "位置", "说明", "预期值", "实际值", "JSON指针");
    }

    @Test
    void findingsSheetCellByCell() {
        XSSFSheet sheet = book.getSheet("检查结果");
        assertEquals(5, sheet.getLastRowNum());
        assertRow(sheet.getRow(0), "文件", "路径", "发布机关", "年度", "状态", "严重程度", "检查项", "位置", "说明", "预期值", "实际值", "JSON指针");
        assertRow(sheet.getRow(1), "000.html", "000.html", ISSUER_000, 2024.0, "数字不一致", "提示", "缺少数值",
                "表四「行政复议」「结果维持」列", M1, null, null, "/review_litigation/review/upheld");
        assertRow(sheet.getRow(2), "000.html", "000.html", ISSUER_000, 2024.0, "数字不一致", "错误", "办理结果合计不符",
                "表三「（七）总计」行「自然人」列", M2, 41.0, 40.0, "/applications/outcomes/total/natural_person");
        assertRow(sheet.getRow(3), "000.html", "000.html", ISSUER_000, 2024.0, "数字不一致", "错误", "办理结果合计不符",
                "表三「（七）总计」行「总计」列", M3, 41.0, 40.0, "/applications/outcomes/total/total");
        assertRow(sheet.getRow(4), "000.html", "000.html", ISSUER_000, 2024.0, "数字不一致", "提示", "正文与表格不符",
                "表三「一、本年新收政府信息公开申请数量」行「总计」列", M4, 41.0, 6.0, "/applications/new_received/total");
        assertRow(sheet.getRow(5), "004.html", "004.html", "石泉县人民政府", 2023.0, "正常", null, null, null, null, null, null, null);
        assertLaidOut(sheet, "A1:L6", 1, 1);
        // Columns as wide as their widest text in terminal columns (Chinese two), plus two, at most 62.
        assertEquals(List.of(10, 10, 22, 6, 12, 10, 18, 54, 62, 8, 8, 45), widths(sheet, 12));
    }

    @Test
    void totalsSheetSumsEveryValueOfBothReports() throws IOException {
        XSSFSheet sheet = book.getSheet("汇总");
        assertRow(sheet.getRow(0), "部分", "行", "列", "合计", "有数值的报告数", "JSON指针");
        List<JsonNode> reports = List.of(Cli.read(Cli.testdata("html/000.expected.json")), Cli.read(Cli.testdata("html/004.expected.json")));
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (JsonNode report : reports) {
            for (String section : SECTIONS) {
                leaves("/" + section, report.get(section), sums, counts);
            }
        }
        List<String> pointers = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String pointer = row.getCell(5).getStringCellValue();
            pointers.add(pointer);
            BigDecimal sum = sums.get(pointer);
            if (sum == null) {
                assertNull(row.getCell(3), pointer);
            } else {
                assertEquals(sum.doubleValue(), row.getCell(3).getNumericCellValue(), pointer);
            }
            assertEquals(counts.get(pointer).doubleValue(), row.getCell(4).getNumericCellValue(), pointer);
        }
        assertEquals(List.copyOf(counts.keySet()).stream().sorted().toList(), pointers.stream().sorted().toList(),
                "one row for every value the reports' layout has");
        assertRow(sheet.getRow(1), "二、主动公开", "规章", "本年制发件数", 0.0, 2.0, "/active_disclosure/regulations/issued");
        assertLaidOut(sheet, "A1:F" + (sheet.getLastRowNum() + 1), 1, 0);
    }

    /** Every value leaf under a section: its sum (numbers only) and how many reports have a number there. */
    private static void leaves(String pointer, JsonNode node, Map<String, BigDecimal> sums, Map<String, Integer> counts) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> leaves(pointer + "/" + e.getKey(), e.getValue(), sums, counts));
            return;
        }
        counts.merge(pointer, node.isNumber() ? 1 : 0, Integer::sum);
        if (node.isNumber()) {
            sums.merge(pointer, node.decimalValue(), BigDecimal::add);
        }
    }

    @Test
    void wideSheetHasChineseStatusesAFilterAndFrozenLabels() {
        XSSFSheet sheet = book.getSheet("宽表");
        assertEquals("状态", sheet.getRow(0).getCell(5).getStringCellValue());
        assertEquals("数字不一致", sheet.getRow(1).getCell(5).getStringCellValue());
        assertEquals("正常", sheet.getRow(2).getCell(5).getStringCellValue());
        int columns = sheet.getRow(0).getLastCellNum();
        assertLaidOut(sheet, "A1:" + new org.apache.poi.ss.util.CellReference(2, columns - 1).formatAsString(false), 1, 1);
        // A header such as 三、依申请公开·一、本年新收政府信息公开申请数量·自然人 is wider than its numbers.
        assertEquals(56 * 256, sheet.getColumnWidth(Exports.header().indexOf("三、依申请公开·一、本年新收政府信息公开申请数量·自然人")));
    }

    @Test
    void csvFindingsFileHoldsTheSameRows() throws IOException {
        String csv = Files.readString(dir.resolve("汇总-findings.csv"), StandardCharsets.UTF_8);
        String start = "000.html,000.html," + ISSUER_000 + ",2024,数字不一致,";
        assertEquals(String.join("\r\n",
                "\uFEFF文件,路径,发布机关,年度,状态,严重程度,检查项,位置,说明,预期值,实际值,JSON指针",
                start + "提示,缺少数值,表四「行政复议」「结果维持」列," + M1 + ",,,/review_litigation/review/upheld",
                start + "错误,办理结果合计不符,表三「（七）总计」行「自然人」列," + M2 + ",41,40,/applications/outcomes/total/natural_person",
                start + "错误,办理结果合计不符,表三「（七）总计」行「总计」列," + M3 + ",41,40,/applications/outcomes/total/total",
                start + "提示,正文与表格不符,表三「一、本年新收政府信息公开申请数量」行「总计」列," + M4 + ",41,6,/applications/new_received/total",
                "004.html,004.html,石泉县人民政府,2023,正常,,,,,,,", ""), csv);
    }

    /** With --xlsx-layout a report's sheet is laid out like the official tables, every value in its place. */
    @Test
    void layoutSheetLooksLikeTheOfficialTables() throws IOException {
        Path target = dir.resolve("版式.xlsx");
        Cli run = Cli.run("convert", Cli.testdata("html/000.html").toString(), "-q", "--xlsx", target.toString(), "--xlsx-layout");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode expected = Cli.read(Cli.testdata("html/000.expected.json"));
        try (InputStream in = Files.newInputStream(target); XSSFWorkbook layout = new XSSFWorkbook(in)) {
            XSSFSheet sheet = layout.getSheet("000.html");
            assertRow(sheet.getRow(0), "通榆县人民政府办公室2024年政府信息公开工作年度报告（000.html，数字不一致）");
            assertRow(sheet.getRow(2), "二、主动公开政府信息情况");
            assertRow(sheet.getRow(3), "信息内容", "本年制发件数", "本年废止件数", "现行有效件数");
            JsonNode a = expected.get("active_disclosure");
            assertRow(sheet.getRow(4), "规章", number(a.at("/regulations/issued")), number(a.at("/regulations/repealed")),
                    number(a.at("/regulations/in_force")));
            assertRow(sheet.getRow(5), "行政规范性文件", number(a.at("/normative_documents/issued")),
                    number(a.at("/normative_documents/repealed")), number(a.at("/normative_documents/in_force")));
            assertRow(sheet.getRow(6), "信息内容", "本年处理决定数量");
            assertRow(sheet.getRow(7), "行政许可", number(a.at("/licensing/decisions")));
            assertRow(sheet.getRow(8), "行政处罚", number(a.at("/penalty/decisions")));
            assertRow(sheet.getRow(9), "行政强制", number(a.at("/coercion/decisions")));
            assertRow(sheet.getRow(10), "信息内容", "本年收费金额（单位：万元）");
            assertRow(sheet.getRow(11), "行政事业性收费", number(a.at("/fees/amount")));
            assertRow(sheet.getRow(13), "三、收到和处理政府信息公开申请情况");
            assertRow(sheet.getRow(14), "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "", "", "", "", "", "");
            assertRow(sheet.getRow(15), "", "自然人", "法人或其他组织", "", "", "", "", "总计");
            assertRow(sheet.getRow(16), "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "");
            assertEquals("B15:H15", sheet.getMergedRegion(0).formatAsString());
            List<List<Object>> rows = new ArrayList<>();
            valueRows(expected.get("applications"), rows);
            for (int i = 0; i < rows.size(); i++) {
                List<Object> cells = new ArrayList<>();
                cells.add(sheet.getRow(17 + i).getCell(0).getStringCellValue());
                cells.addAll(rows.get(i));
                Row row = sheet.getRow(17 + i);
                assertRow(row, cells.toArray());
            }
            assertEquals("一、本年新收政府信息公开申请数量", sheet.getRow(17).getCell(0).getStringCellValue());
            assertEquals("（三）不予公开 / 1.属于国家秘密", sheet.getRow(21).getCell(0).getStringCellValue());
            int last = 17 + rows.size() - 1;
            assertEquals("（七）总计", sheet.getRow(last - 1).getCell(0).getStringCellValue());
            assertEquals("四、结转下年度继续办理", sheet.getRow(last).getCell(0).getStringCellValue());
            assertRow(sheet.getRow(last + 2), "四、政府信息公开行政复议、行政诉讼情况");
            assertRow(sheet.getRow(last + 3), "行政复议", "", "", "", "", "行政诉讼·未经复议直接起诉", "", "", "", "",
                    "行政诉讼·复议后起诉", "", "", "", "");
            List<Object> fields = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            for (String block : List.of("review", "litigation_direct", "litigation_after_review")) {
                fields.addAll(List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"));
                expected.get("review_litigation").get(block).forEach(v -> values.add(number(v)));
            }
            assertRow(sheet.getRow(last + 4), fields.toArray());
            assertRow(sheet.getRow(last + 5), values.toArray());
            assertEquals(last + 5, sheet.getLastRowNum());
        }
    }

    /** The rows of table 三 in canonical order, each its seven numbers (null where empty). */
    private static void valueRows(JsonNode node, List<List<Object>> rows) {
        if (node.elements().next().isObject()) {
            node.elements().forEachRemaining(child -> valueRows(child, rows));
            return;
        }
        List<Object> row = new ArrayList<>();
        node.elements().forEachRemaining(v -> row.add(number(v)));
        rows.add(row);
    }

    private static Object number(JsonNode value) {
        return value.isNumber() ? (Object) value.doubleValue() : null;
    }

    private static void assertLaidOut(XSSFSheet sheet, String filter, int frozenRows, int frozenColumns) {
        assertEquals(filter, sheet.getCTWorksheet().getAutoFilter().getRef());
        assertEquals(frozenRows, sheet.getPaneInformation().getHorizontalSplitPosition());
        assertEquals(frozenColumns, sheet.getPaneInformation().getVerticalSplitPosition());
    }

    private static List<Integer> widths(XSSFSheet sheet, int columns) {
        List<Integer> widths = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            widths.add(sheet.getColumnWidth(c) / 256);
        }
        return widths;
    }

    /** The wide header, as the workbook writes it. */
    private static final class Exports {
        static List<String> header() {
            return org.xxgk.cli.export.Exports.wideHeader();
        }
    }
}
