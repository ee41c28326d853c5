package org.xxgk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.testing.JsonDocs;
import org.xxgk.write.ReportJson;

/**
 * A broken equation over cells read with doubt says the reading may be at fault; over cells read
 * exactly it does not. (OCR and digits run together: the expected JSONs of testdata/scans and
 * testdata/runtogether.)
 */
class DoubtfulReadingTest {

    private static List<String> errors(TabReport report) {
        JsonNode doc = JsonDocs.parse(ReportJson.write(new Converter().convert(report.bytes(), "report.txt")));
        List<String> out = new ArrayList<>();
        doc.get("findings").forEach(f -> {
            if (f.get("severity").asText().equals("error")) {
                out.add(f.get("path").asText() + " " + f.get("message").asText() + " " + f.get("expected") + "/" + f.get("actual"));
            }
        });
        return out;
    }

    @Test
    void aRowWhoseLabelMatchedApproximatelySaysSo() {
        TabReport report = new TabReport()
                .relabel("2.其他法律行政法规禁止公开", "2.其他法律行政止公开")
                .applications("2.其他法律行政止公开", "1", "0", "0", "0", "0", "0", "0");
        assertEquals(List.of(
                "/applications/outcomes/withheld/prohibited_by_law/total 「（三）不予公开 / 2.其他法律行政法规禁止公开」行：六类申请人合计为1，但「总计」列为0"
                        + "（参与计算的数值中有行标签按近似匹配读取的数值，可能是识别问题，请核对原文） 1/0"),
                errors(report).subList(0, 1));
    }

    @Test
    void exactlyReadCellsKeepThePlainMessage() {
        TabReport report = new TabReport()
                .applications("2.其他法律行政法规禁止公开", "1", "0", "0", "0", "0", "0", "0");
        assertEquals("/applications/outcomes/withheld/prohibited_by_law/total 「（三）不予公开 / 2.其他法律行政法规禁止公开」行：六类申请人合计为1，但「总计」列为0 1/0",
                errors(report).get(0));
    }
}
