package org.xxgk.extract.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.xxgk.Converter;
import org.xxgk.testing.JsonDocs;
import org.xxgk.testing.SchemaCheck;
import org.xxgk.write.ReportJson;

/**
 * A workbook the way an office might keep its figures: one sheet per table, numbers stored
 * as numbers on one sheet and as text on another, merged label cells, a heading row.
 */
class SpreadsheetExtractorTest {

    private static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else if (values[i] != null) {
                row.createCell(i).setCellValue((String) values[i]);
            }
        }
    }

    private static byte[] workbook() throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet active = wb.createSheet("主动公开");
            row(active, 0, "二、主动公开政府信息情况");
            row(active, 1, "信息内容", "本年制发件数", "本年废止件数", "现行有效件数");
            row(active, 2, "规章", 1, 0, 7);
            row(active, 3, "行政规范性文件", 2, 3, 14);
            row(active, 4, "信息内容", "本年处理决定数量");
            row(active, 5, "行政许可", 28364);
            row(active, 6, "行政处罚", 1021);
            row(active, 7, "行政强制", 623);
            row(active, 8, "信息内容", "本年收费金额（单位：万元）");
            row(active, 9, "行政事业性收费", 625.0499);

            Sheet applications = wb.createSheet("依申请");
            row(applications, 0, "三、收到和处理政府信息公开申请情况");
            row(applications, 1, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", null, null, "申请人情况");
            row(applications, 2, null, null, null, "自然人", "法人或其他组织", null, null, null, null, "总计");
            row(applications, 3, null, null, null, null, "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
            row(applications, 4, "一、本年新收政府信息公开申请数量", null, null, "3", "1", "0", "0", "0", "0", "4");
            row(applications, 5, "三、本年度办理结果", "（一）予以公开", null, "２", "1", "0", "0", "0", "0", "3");
            row(applications, 6, null, "（七）总计", null, "2", "1", "0", "0", "0", "0", "3");
            row(applications, 7, "四、结转下年度继续办理", null, null, "1", "0", "0", "0", "0", "0", "1");
            applications.addMergedRegion(new CellRangeAddress(1, 3, 0, 2));
            applications.addMergedRegion(new CellRangeAddress(1, 1, 3, 9));
            applications.addMergedRegion(new CellRangeAddress(2, 2, 4, 8));
            applications.addMergedRegion(new CellRangeAddress(4, 4, 0, 2));
            applications.addMergedRegion(new CellRangeAddress(5, 6, 0, 0));
            applications.addMergedRegion(new CellRangeAddress(5, 5, 1, 2));
            applications.addMergedRegion(new CellRangeAddress(6, 6, 1, 2));
            applications.addMergedRegion(new CellRangeAddress(7, 7, 0, 2));

            Sheet review = wb.createSheet("复议诉讼");
            row(review, 0, "行政复议", null, null, null, null, "行政诉讼");
            row(review, 1, "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", null, null, null, null, "复议后起诉");
            row(review, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1);
            review.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
            review.addMergedRegion(new CellRangeAddress(0, 0, 5, 14));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void tablesSpreadOverSheetsWithNumbersAsNumbersOrText() throws IOException {
        JsonNode doc = JsonDocs.parse(ReportJson.write(new Converter().convert(workbook(), "年报数据.xlsx")));
        SchemaCheck.assertValid(doc);
        assertEquals("2021", doc.at("/report/template").asText());
        assertEquals(7, doc.at("/active_disclosure/regulations/in_force").asInt());
        assertEquals(28364, doc.at("/active_disclosure/licensing/decisions").asInt());
        assertEquals("625.0499", doc.at("/active_disclosure/fees/amount").decimalValue().toPlainString());
        assertEquals(3, doc.at("/applications/new_received/natural_person").asInt());
        assertEquals(4, doc.at("/applications/new_received/total").asInt());
        assertEquals(2, doc.at("/applications/outcomes/disclosed/natural_person").asInt(), "full-width ２ stored as text");
        assertEquals(3, doc.at("/applications/outcomes/total/total").asInt());
        assertEquals(1, doc.at("/applications/carried_forward/natural_person").asInt());
        assertEquals(1, doc.at("/review_litigation/review/upheld").asInt());
        assertEquals(1, doc.at("/review_litigation/litigation_after_review/total").asInt());
        assertTrue(doc.at("/applications/carried_over/natural_person").isNull(), "the sheet has no 上年结转 row");
        assertEquals("/applications/carried_over/natural_person", doc.at("/findings/0/path").asText());
        assertEquals("「二、上年结转政府信息公开申请数量」行「自然人」列在表格中没有对应的单元格", doc.at("/findings/0/message").asText());
        assertEquals("incomplete", doc.get("status").asText());
    }
}
