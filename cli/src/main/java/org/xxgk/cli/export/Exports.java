package org.xxgk.cli.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.xxgk.cli.batch.Outcome;
import org.xxgk.write.CanonicalColumns;

/**
 * The rows of the wide table (one per report: who, which year, which layout, status, then
 * every canonical value) and of the long table (one per value), shared by CSV and XLSX.
 */
public final class Exports {

    public static final List<String> WIDE_LEADING = List.of("文件", "路径", "发布机关", "年度", "表格版式", "状态");
    public static final List<String> LONG_HEADER = List.of("文件", "路径", "部分", "行", "列", "数值", "JSON指针");

    private Exports() {
    }

    public static List<String> wideHeader() {
        List<String> header = new ArrayList<>(WIDE_LEADING);
        CanonicalColumns.all().forEach(c -> header.add(c.header()));
        return header;
    }

    /** A wide row: text cells first, then each value as a number, or null where the report has none. */
    public static List<Object> wideRow(Outcome outcome) {
        JsonNode d = outcome.document();
        List<Object> row = new ArrayList<>();
        row.add(d.at("/source/file").asText());
        row.add(outcome.input().relative().toString().replace('\\', '/'));
        row.add(text(d.at("/report/issuer")));
        row.add(d.at("/report/year").isNumber() ? d.at("/report/year").numberValue() : null);
        row.add(text(d.at("/report/template")));
        row.add(outcome.status()); // failed too when its JSON file could not be written
        for (CanonicalColumns.Column column : CanonicalColumns.all()) {
            JsonNode value = d.at(column.pointer());
            row.add(value.isNumber() ? value.decimalValue() : null);
        }
        return row;
    }

    /** Long rows: one per canonical value present in the report's layout (null values included). */
    public static List<List<Object>> longRows(Outcome outcome) {
        JsonNode d = outcome.document();
        List<List<Object>> rows = new ArrayList<>();
        for (CanonicalColumns.Column column : CanonicalColumns.all()) {
            JsonNode value = d.at(column.pointer());
            if (value.isMissingNode()) {
                continue; // not in this report's layout (the other template, the other 其他处理 form)
            }
            List<Object> row = new ArrayList<>();
            row.add(d.at("/source/file").asText());
            row.add(outcome.input().relative().toString().replace('\\', '/'));
            row.add(column.section());
            row.add(column.row());
            row.add(column.column());
            row.add(value.isNumber() ? value.decimalValue() : null);
            row.add(column.pointer());
            rows.add(row);
        }
        return rows;
    }

    private static String text(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : node.asText();
    }
}
