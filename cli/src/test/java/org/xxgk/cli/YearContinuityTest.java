package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xxgk.cli.SheetRows.assertRow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.TabReport;

/**
 * Checks across one issuer's consecutive years (year_continuity): written by --audit and as the
 * 年度衔接 sheet, never into a report's own JSON. The issuer's name varies as it does in real
 * reports (办公室 added, traditional script) and is still one issuer.
 */
class YearContinuityTest {

    private static final String APPLIED = "一、本年新收政府信息公开申请数量";
    private static final String CARRIED = "二、上年结转政府信息公开申请数量";
    private static final String DISCLOSED = "（一）予以公开";
    private static final String TOTAL = "（七）总计";
    private static final String FORWARD = "四、结转下年度继续办理";

    private static String[] seven(int naturalPerson) {
        return new String[] {String.valueOf(naturalPerson), "0", "0", "0", "0", "0", String.valueOf(naturalPerson)};
    }

    /** 2022: 2 carried forward, 10 normative documents in force. */
    private static TabReport year2022() {
        return new TabReport().title("某县人民政府2022年政府信息公开工作年度报告")
                .applications(APPLIED, seven(5)).applications(DISCLOSED, seven(3)).applications(TOTAL, seven(3))
                .applications(FORWARD, seven(2))
                .activeDisclosure("行政规范性文件", "2", "0", "10");
    }

    /** 2023, in traditional script with 办公室: 1 carried over (not 2); 10 + 3 − 1 = 12 in force, says 13. */
    private static TabReport year2023() {
        return new TabReport().title("某縣人民政府辦公室2023年政府信息公開工作年度報告")
                .applications(APPLIED, seven(4)).applications(CARRIED, seven(1)).applications(DISCLOSED, seven(5))
                .applications(TOTAL, seven(5))
                .activeDisclosure("行政规范性文件", "3", "1", "13");
    }

    /** 2024: continues 2023 exactly (nothing carried, 13 in force). */
    private static TabReport year2024() {
        return new TabReport().title("某县人民政府2024年政府信息公开工作年度报告")
                .applications(APPLIED, seven(2)).applications(DISCLOSED, seven(2)).applications(TOTAL, seven(2))
                .activeDisclosure("行政规范性文件", "0", "0", "13");
    }

    /** Another county's 2023 report, whose 2 carried over have no 2022 report to come from. */
    private static TabReport otherCounty() {
        return new TabReport().title("另一县人民政府2023年政府信息公开工作年度报告")
                .applications(APPLIED, seven(1)).applications(CARRIED, seven(2)).applications(DISCLOSED, seven(3))
                .applications(TOTAL, seven(3));
    }

    @Test
    void theAuditFileListsWhereConsecutiveYearsDoNotContinue(@TempDir Path dir) throws IOException {
        Path reports = Files.createDirectories(dir.resolve("报告"));
        Files.write(reports.resolve("2022.txt"), year2022().bytes());
        Files.write(reports.resolve("2023.txt"), year2023().bytes());
        Files.write(reports.resolve("2024.txt"), year2024().bytes());
        Files.write(reports.resolve("另一县2023.txt"), otherCounty().bytes());
        Path audit = dir.resolve("衔接.json");
        Cli run = Cli.run("convert", reports.toString(), "-o", dir.resolve("out").toString(), "-q", "-j", "1",
                "--audit", audit.toString(), "--xlsx", dir.resolve("汇总.xlsx").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                [
                  {
                    "rule": "year_continuity",
                    "severity": "warning",
                    "issuer": "某縣人民政府辦公室",
                    "years": [
                      2022,
                      2023
                    ],
                    "files": [
                      "2022.txt",
                      "2023.txt"
                    ],
                    "path": "/applications/carried_over/natural_person",
                    "message": "2022年报告表三「四、结转下年度继续办理」「自然人」列为2，但2023年报告表三「二、上年结转政府信息公开申请数量」「自然人」列为1",
                    "expected": 2,
                    "actual": 1
                  },
                  {
                    "rule": "year_continuity",
                    "severity": "warning",
                    "issuer": "某縣人民政府辦公室",
                    "years": [
                      2022,
                      2023
                    ],
                    "files": [
                      "2022.txt",
                      "2023.txt"
                    ],
                    "path": "/applications/carried_over/total",
                    "message": "2022年报告表三「四、结转下年度继续办理」「总计」列为2，但2023年报告表三「二、上年结转政府信息公开申请数量」「总计」列为1",
                    "expected": 2,
                    "actual": 1
                  },
                  {
                    "rule": "year_continuity",
                    "severity": "warning",
                    "issuer": "某縣人民政府辦公室",
                    "years": [
                      2022,
                      2023
                    ],
                    "files": [
                      "2022.txt",
                      "2023.txt"
                    ],
                    "path": "/active_disclosure/normative_documents/in_force",
                    "message": "「行政规范性文件」：2022年报告现行有效10件，2023年制发3件、废止1件，应现行有效12件，但2023年报告为13件",
                    "expected": 12,
                    "actual": 13
                  }
                ]
                """, Files.readString(audit, StandardCharsets.UTF_8));
        // A report's own JSON depends on its own bytes only: nothing of the other years in it.
        String own = Files.readString(dir.resolve("out/2023.json"), StandardCharsets.UTF_8);
        assertEquals(false, own.contains("year_continuity"));
        assertEquals("ok", Cli.parse(own).get("status").asText());

        try (InputStream in = Files.newInputStream(dir.resolve("汇总.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheet("年度衔接");
            assertEquals(3, sheet.getLastRowNum());
            assertRow(sheet.getRow(0), "发布机关", "上一年度", "本年度", "上一年度文件", "本年度文件", "位置", "说明", "预期值", "实际值", "JSON指针");
            assertRow(sheet.getRow(1), "某縣人民政府辦公室", 2022.0, 2023.0, "2022.txt", "2023.txt", "表三「二、上年结转政府信息公开申请数量」行「自然人」列",
                    "2022年报告表三「四、结转下年度继续办理」「自然人」列为2，但2023年报告表三「二、上年结转政府信息公开申请数量」「自然人」列为1",
                    2.0, 1.0, "/applications/carried_over/natural_person");
            assertRow(sheet.getRow(2), "某縣人民政府辦公室", 2022.0, 2023.0, "2022.txt", "2023.txt", "表三「二、上年结转政府信息公开申请数量」行「总计」列",
                    "2022年报告表三「四、结转下年度继续办理」「总计」列为2，但2023年报告表三「二、上年结转政府信息公开申请数量」「总计」列为1",
                    2.0, 1.0, "/applications/carried_over/total");
            assertRow(sheet.getRow(3), "某縣人民政府辦公室", 2022.0, 2023.0, "2022.txt", "2023.txt", "表二「行政规范性文件」行「现行有效件数」列",
                    "「行政规范性文件」：2022年报告现行有效10件，2023年制发3件、废止1件，应现行有效12件，但2023年报告为13件",
                    12.0, 13.0, "/active_disclosure/normative_documents/in_force");
            assertEquals("A1:J4", sheet.getCTWorksheet().getAutoFilter().getRef());
        }
    }

    @Test
    void issuerNamesAreComparedWithoutTheirEndingsAndScript() {
        assertEquals(org.xxgk.cli.audit.YearContinuityAccess.key("通榆县"), org.xxgk.cli.audit.YearContinuityAccess.key("通榆縣人民政府辦公室"));
        assertEquals("通榆县", org.xxgk.cli.audit.YearContinuityAccess.key("通榆县人民政府"));
        assertEquals("通榆县", org.xxgk.cli.audit.YearContinuityAccess.key(" 通榆县人民政府办公室 "));
        assertEquals("黔南州", org.xxgk.cli.audit.YearContinuityAccess.key("黔南州人民政府办公厅"));
    }
}
