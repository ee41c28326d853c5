package org.xxgk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.testing.JsonDocs;
import org.xxgk.testing.SchemaCheck;
import org.xxgk.write.ReportJson;

/** The form's arithmetic and the alignment warnings, on reports built to break one rule each. */
class ValidationRulesTest {

    private static JsonNode convert(TabReport report) {
        JsonNode doc = JsonDocs.parse(ReportJson.write(new Converter().convert(report.bytes(), "report.txt")));
        SchemaCheck.assertValid(doc);
        return doc;
    }

    private static List<String> findings(JsonNode doc) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : doc.get("findings")) {
            out.add(f.get("rule").asText() + " " + f.get("severity").asText() + " " + f.get("path").asText() + " "
                    + f.get("message").asText()
                    + (f.has("expected") ? " expected=" + f.get("expected") + " actual=" + f.get("actual") : ""));
        }
        return out;
    }

    @Test
    void balancedReportIsOk() {
        JsonNode doc = convert(new TabReport());
        assertEquals(List.of(), findings(doc));
        assertEquals("ok", doc.get("status").asText());
        assertEquals("某县人民政府", doc.at("/report/issuer").asText());
        assertEquals(2024, doc.at("/report/year").asInt());
        assertEquals("2021", doc.at("/report/template").asText());
        assertEquals("本年度依法做好政府信息公开工作。", doc.at("/narrative/overview").asText());
        assertEquals("无。", doc.at("/narrative/other_matters").asText());
    }

    @Test
    void rowTotalThatIsNotTheSumIsAnError() {
        JsonNode doc = convert(new TabReport()
                .applications("一、本年新收政府信息公开申请数量", "3", "1", "0", "0", "0", "0", "5")
                .applications("（一）予以公开", "3", "1", "0", "0", "0", "0", "5")
                .applications("（七）总计", "3", "1", "0", "0", "0", "0", "5"));
        assertEquals(List.of(
                "row_total error /applications/new_received/total 「一、本年新收政府信息公开申请数量」行：六类申请人合计为4，但「总计」列为5 expected=4 actual=5",
                "row_total error /applications/outcomes/disclosed/total 「（一）予以公开」行：六类申请人合计为4，但「总计」列为5 expected=4 actual=5",
                "row_total error /applications/outcomes/total/total 「（七）总计」行：六类申请人合计为4，但「总计」列为5 expected=4 actual=5"),
                findings(doc));
        assertEquals("inconsistent", doc.get("status").asText());
        assertEquals(5, doc.at("/applications/new_received/total").asInt(), "numbers are reported, never edited");
    }

    @Test
    void brokenBalanceIsReportedOnTheCarriedForwardCell() {
        JsonNode doc = convert(new TabReport()
                .applications("一、本年新收政府信息公开申请数量", "5", "0", "0", "0", "0", "0", "5")
                .applications("（一）予以公开", "3", "0", "0", "0", "0", "0", "3")
                .applications("（七）总计", "3", "0", "0", "0", "0", "0", "3")
                .applications("四、结转下年度继续办理", "1", "0", "0", "0", "0", "0", "1"));
        assertEquals(List.of(
                "balance error /applications/carried_forward/natural_person 「自然人」列勾稽关系不成立：本年新收5 + 上年结转0 ≠ 办理结果总计3 + 结转下年度继续办理1 expected=2 actual=1",
                "balance error /applications/carried_forward/total 「总计」列勾稽关系不成立：本年新收5 + 上年结转0 ≠ 办理结果总计3 + 结转下年度继续办理1 expected=2 actual=1"),
                findings(doc));
    }

    @Test
    void outcomeRowsThatDoNotAddUpToTheTotal() {
        JsonNode doc = convert(new TabReport()
                .applications("一、本年新收政府信息公开申请数量", "2", "0", "0", "0", "0", "0", "2")
                .applications("1.属于国家秘密", "1", "0", "0", "0", "0", "0", "1")
                .applications("3.其他", "1", "0", "0", "0", "0", "0", "1")
                .applications("（七）总计", "1", "0", "0", "0", "0", "0", "1")
                .applications("四、结转下年度继续办理", "1", "0", "0", "0", "0", "0", "1"));
        assertEquals(List.of(
                "outcome_total error /applications/outcomes/total/natural_person 「自然人」列：各项办理结果之和为2，但「（七）总计」为1 expected=2 actual=1",
                "outcome_total error /applications/outcomes/total/total 「总计」列：各项办理结果之和为2，但「（七）总计」为1 expected=2 actual=1"),
                findings(doc));
    }

    @Test
    void reviewBlockWhoseTotalIsWrong() {
        JsonNode doc = convert(new TabReport().review("1", "2", "0", "0", "4", "0", "0", "0", "0", "0", "1", "0", "0", "0", "1"));
        assertEquals(List.of(
                "block_total error /review_litigation/review/total 「行政复议」：结果维持、结果纠正、其他结果、尚未审结之和为3，但「总计」为4 expected=3 actual=4"),
                findings(doc));
        assertEquals(1, doc.at("/review_litigation/litigation_after_review/upheld").asInt());
    }

    @Test
    void ruleWithAMissingOperandIsNotEvaluated() {
        JsonNode doc = convert(new TabReport().review("", "2", "0", "0", "4", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"));
        assertEquals(List.of("missing_value warning /review_litigation/review/upheld 「行政复议」的「结果维持」为空（第367行）"),
                findings(doc));
        assertEquals("incomplete", doc.get("status").asText());
    }

    @Test
    void unreadableCellIsNullWithItsRawText() {
        JsonNode doc = convert(new TabReport().activeDisclosure("行政许可", "—"));
        assertTrue(doc.at("/active_disclosure/licensing/decisions").isNull());
        assertEquals(List.of("missing_value warning /active_disclosure/licensing/decisions 「行政许可」行「本年处理决定数量」的内容「—」无法识别为数值（第31行）"),
                findings(doc));
    }

    @Test
    void shortRowLeavesTheRestNullAndNothingShifts() {
        JsonNode doc = convert(new TabReport().applications("2.重复申请", "3", "1"));
        assertEquals(3, doc.at("/applications/outcomes/not_processed/duplicate/natural_person").asInt());
        assertEquals(1, doc.at("/applications/outcomes/not_processed/duplicate/commercial_enterprise").asInt());
        for (String column : List.of("research_institution", "social_welfare_organization", "legal_service_agency", "other_organization", "total")) {
            assertTrue(doc.at("/applications/outcomes/not_processed/duplicate/" + column).isNull(), column);
        }
        assertEquals(5, findings(doc).stream().filter(f -> f.startsWith("missing_value")).count());
        assertTrue(findings(doc).contains("missing_value warning /applications/outcomes/not_processed/duplicate/total "
                + "「（五）不予处理 / 2.重复申请」行「总计」列在表格中没有对应的单元格"), findings(doc).toString());
    }

    @Test
    void amountWrittenInYuanIsConvertedToTheColumnsUnit() {
        JsonNode doc = convert(new TabReport().activeDisclosure("行政事业性收费", "251000元"));
        assertEquals("25.1", doc.at("/active_disclosure/fees/amount").decimalValue().toPlainString());
        assertEquals(List.of("unit_converted warning /active_disclosure/fees/amount 「行政事业性收费」「本年收费金额（单位：万元）」填写为「251000元」，已换算为25.1万元（第50行）"),
                findings(doc));
        assertEquals("ok", doc.get("status").asText());
    }

    @Test
    void labelTypoIsReadFuzzilyWithAWarning() {
        JsonNode doc = convert(new TabReport()
                .relabel("2.其他法律行政法规禁止公开", "2.其他法律行政止公开")
                .applications("2.其他法律行政止公开", "0", "0", "0", "0", "0", "0", "0"));
        assertEquals(List.of("fuzzy_label warning /applications/outcomes/withheld/prohibited_by_law 行标签「2.其他法律行政止公开」与标准表格的「2.其他法律行政法规禁止公开」不完全一致，已按「2.其他法律行政法规禁止公开」处理（第122行）"),
                findings(doc));
        assertEquals("ok", doc.get("status").asText());
    }

    @Test
    void rowWithNumbersButNoKnownLabelIsReportedAndNotUsed() {
        JsonNode doc = convert(new TabReport().relabel("3.其他", "3.完全不同的说法").applications("3.完全不同的说法", "9", "0", "0", "0", "0", "0", "9"));
        List<String> found = findings(doc);
        assertEquals("unknown_label warning /applications 第三部分表格中有无法识别的行「3.完全不同的说法」，其数值未被采用（第309行）", found.get(0));
        assertTrue(doc.at("/applications/outcomes/other_handling/other/natural_person").isNull());
        assertEquals("incomplete", doc.get("status").asText());
    }

    @Test
    void yearThatDisagreesWithTheLayoutIsNoted() {
        JsonNode doc = convert(new TabReport().title("某县人民政府2019年政府信息公开工作年度报告"));
        assertEquals(List.of("template_mismatch warning /report/template 2019年度报告应使用2019年版表格，但第二部分表格为2021年版"),
                findings(doc));
    }
}
