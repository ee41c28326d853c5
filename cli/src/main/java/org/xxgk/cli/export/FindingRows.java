package org.xxgk.cli.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.xxgk.cli.batch.Outcome;

/**
 * The findings as a table for people, shared by the 检查结果 sheet and the -findings CSV: one row
 * per finding with the report's file, issuer, year and status in words, the finding's place in
 * words and its message; a report without findings gets one row, so every file is listed.
 */
public final class FindingRows {

    public static final List<String> HEADER = List.of(
            "文件", "路径", "发布机关", "年度", "状态", "严重程度", "检查项", "位置", "说明", "预期值", "实际值", "JSON指针");

    private FindingRows() {
    }

    public static List<List<Object>> of(Outcome outcome) {
        JsonNode d = outcome.document();
        List<Object> report = Arrays.asList(
                d.at("/source/file").asText(),
                outcome.input().relative().toString().replace('\\', '/'),
                text(d.at("/report/issuer")),
                d.at("/report/year").isNumber() ? d.at("/report/year").numberValue() : null,
                FindingWords.status(outcome.status()));
        List<List<Object>> rows = new ArrayList<>();
        if (outcome.status().equals("failed") && !"failed".equals(d.path("status").asText())) {
            // Converted, but its JSON file could not be written: that is the finding that matters.
            List<Object> row = new ArrayList<>(report);
            row.addAll(Arrays.asList(FindingWords.severity("error"), "无法写入结果", "整个文件", outcome.reason(), null, null, ""));
            rows.add(row);
        }
        for (JsonNode f : d.path("findings")) {
            List<Object> row = new ArrayList<>(report);
            row.add(FindingWords.severity(f.path("severity").asText()));
            row.add(FindingWords.rule(f.path("rule").asText()));
            row.add(FindingWords.place(f.path("path").asText()));
            row.add(f.path("message").asText());
            row.add(f.path("expected").isNumber() ? f.path("expected").decimalValue() : null);
            row.add(f.path("actual").isNumber() ? f.path("actual").decimalValue() : null);
            row.add(f.path("path").asText());
            rows.add(row);
        }
        if (rows.isEmpty()) {
            List<Object> row = new ArrayList<>(report);
            row.addAll(Arrays.asList(null, null, null, null, null, null, null));
            rows.add(row);
        }
        return rows;
    }

    private static String text(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : node.asText();
    }
}
