package org.xxgk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.testing.JsonDocs;
import org.xxgk.testing.SchemaCheck;
import org.xxgk.testing.TestFiles;
import org.xxgk.write.ReportJson;

/** The numbers a narrative states against the table rows they name (narrative_mismatch). */
class NarrativeMismatchTest {

    /** 41 received, 40 answered, 1 carried forward; one review (upheld), two lawsuits (one of each kind). */
    private static TabReport report() {
        return new TabReport()
                .applications("一、本年新收政府信息公开申请数量", "41", "0", "0", "0", "0", "0", "41")
                .applications("（一）予以公开", "40", "0", "0", "0", "0", "0", "40")
                .applications("（七）总计", "40", "0", "0", "0", "0", "0", "40")
                .applications("四、结转下年度继续办理", "1", "0", "0", "0", "0", "0", "1")
                .activeDisclosure("行政规范性文件", "5", "2", "30")
                .review("1", "0", "0", "0", "1", "1", "0", "0", "0", "1", "1", "0", "0", "0", "1");
    }

    private static JsonNode convert(TabReport report) {
        JsonNode doc = JsonDocs.parse(ReportJson.write(new Converter().convert(report.bytes(), "report.txt")));
        SchemaCheck.assertValid(doc);
        return doc;
    }

    private static List<String> findings(JsonNode doc) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : doc.get("findings")) {
            out.add(f.get("rule").asText() + " " + f.get("severity").asText() + " " + f.get("path").asText() + " "
                    + f.get("message").asText() + " expected=" + f.get("expected") + " actual=" + f.get("actual"));
        }
        return out;
    }

    @Test
    void receivedApplicationsThatDifferFromTheTableAreAWarning() {
        JsonNode doc = convert(report().overview("全年共收到政府信息公开申请6件，均在法定期限内予以答复，答复率达到100%。"));
        assertEquals(List.of("narrative_mismatch warning /applications/new_received/total "
                + "「总体情况」中写明“收到政府信息公开申请6件”，但表三「一、本年新收政府信息公开申请数量」行「总计」列为41 expected=41 actual=6"),
                findings(doc));
        assertEquals("ok", doc.get("status").asText(), "a warning that marks nothing missing leaves the report ok");
    }

    @Test
    void everyRowOfTheApplicationsSentenceIsCompared() {
        JsonNode doc = convert(report().overview(
                "2024年，本机关新接收政府信息公开申请40件，上年度结转2件，本年度办结41件，结转下年度继续办理3件。"));
        assertEquals(List.of(
                "narrative_mismatch warning /applications/new_received/total 「总体情况」中写明“新接收政府信息公开申请40件”，"
                        + "但表三「一、本年新收政府信息公开申请数量」行「总计」列为41 expected=41 actual=40",
                "narrative_mismatch warning /applications/carried_over/total 「总体情况」中写明“上年度结转2件”，"
                        + "但表三「二、上年结转政府信息公开申请数量」行「总计」列为0 expected=0 actual=2",
                "narrative_mismatch warning /applications/outcomes/total/total 「总体情况」中写明“办结41件”，"
                        + "但表三「（七）总计」行「总计」列为40 expected=40 actual=41",
                "narrative_mismatch warning /applications/carried_forward/total 「总体情况」中写明“结转下年度继续办理3件”，"
                        + "但表三「四、结转下年度继续办理」行「总计」列为1 expected=1 actual=3"),
                findings(doc));
    }

    @Test
    void agreeingStatementsInTraditionalScriptAndFullWidthDigitsGiveNothing() {
        JsonNode doc = convert(report().overview(
                "本年度受理政府信息公開申請４１件，上年結轉0件，辦結40件，結轉下年度辦理1件。共參與行政復議1件次，行政訴訟2件。")
                .otherMatters("本年度制發行政規範性文件5件，廢止規範性文件2件，現行有效規範性文件共30件。"));
        assertEquals(List.of(), findings(doc));
    }

    @Test
    void reviewsLawsuitsAndDocuments() {
        JsonNode doc = convert(report().overview("本年度因政府信息公开被申请行政复议3件，被提起行政诉讼1起。")
                .otherMatters("本年度新制定行政规范性文件6件，废止规范性文件2件，现行有效规范性文件31件。"));
        assertEquals(List.of(
                "narrative_mismatch warning /review_litigation/review/total 「总体情况」中写明“行政复议3件”，"
                        + "但表四「行政复议」的「总计」为1 expected=1 actual=3",
                "narrative_mismatch warning /review_litigation 「总体情况」中写明“行政诉讼1起”，"
                        + "但表四「行政诉讼」（未经复议直接起诉与复议后起诉的「总计」之和）为2 expected=2 actual=1",
                "narrative_mismatch warning /active_disclosure/normative_documents/issued 「其他需要报告的事项」中写明"
                        + "“新制定行政规范性文件6件”，但表二「行政规范性文件」行「本年制发件数」为5 expected=5 actual=6",
                "narrative_mismatch warning /active_disclosure/normative_documents/in_force 「其他需要报告的事项」中写明"
                        + "“现行有效规范性文件31件”，但表二「行政规范性文件」行「现行有效件数」为30 expected=30 actual=31"),
                findings(doc));
    }

    /** Numbers about something else than the table's row are not compared, whatever they say. */
    @Test
    void statementsThatCannotBeTiedToOneRowAreIgnored() {
        JsonNode doc = convert(report().overview(String.join("\n",
                "全县共受理政府信息公开申请45件（含上年结转4件），均已按时答复。",
                "其中，县政府办公室收到政府信息公开申请3件。",
                "全年共收到群众咨询及依申请公开事项20件，热线电话转办申请12件。",
                "全县办理行政复议案件120件，行政诉讼案件35件。",
                "行政复议和行政诉讼各1件。",
                "本级收到政府信息公开申请10件。全县收到政府信息公开申请50件。",
                "依申请公开办结率100%。")));
        assertEquals(List.of(), findings(doc));
    }

    @Test
    void seed000StatesSixApplicationsWhereTheTableHas41() throws IOException {
        JsonNode doc = ConversionTestSupport.convert(TestFiles.shared("seeds/000_52972008982c7e10.txt"));
        List<String> narrative = findings(doc).stream().filter(f -> f.startsWith("narrative_mismatch")).toList();
        assertEquals(List.of("narrative_mismatch warning /applications/new_received/total "
                + "「总体情况」中写明“收到政府信息公开申请6件”，但表三「一、本年新收政府信息公开申请数量」行「总计」列为41 expected=41 actual=6"),
                narrative);
    }

    @Test
    void seed002AgreesWithItsTablesInTraditionalScript() throws IOException {
        JsonNode doc = ConversionTestSupport.convert(TestFiles.shared("seeds/002_3102a8a14c267752.txt"));
        assertEquals(46, doc.at("/applications/new_received/total").asInt());
        assertEquals(13, doc.at("/applications/carried_over/total").asInt());
        assertEquals(59, doc.at("/applications/outcomes/total/total").asInt());
        assertEquals(0, doc.at("/applications/carried_forward/total").asInt());
        assertEquals(List.of(), findings(doc).stream().filter(f -> f.startsWith("narrative_mismatch")).toList());
    }
}
