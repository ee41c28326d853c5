package org.xxgk.cli.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.xxgk.cli.batch.Outcome;
import org.xxgk.write.CanonicalColumns;

/**
 * Every value summed across the reports of a batch (the 汇总 sheet): one row per canonical value,
 * with how many reports had a number there (the sum is empty when none had). Values no report's
 * layout has (the other template's, the other form of （六）其他处理) are left out.
 */
final class Totals {

    static final List<String> HEADER = List.of("部分", "行", "列", "合计", "有数值的报告数", "JSON指针");

    private final List<CanonicalColumns.Column> columns = CanonicalColumns.all();
    private final BigDecimal[] sums = new BigDecimal[columns.size()];
    private final int[] counts = new int[columns.size()];
    private final boolean[] present = new boolean[columns.size()];

    void add(Outcome outcome) {
        JsonNode d = outcome.document();
        for (int i = 0; i < columns.size(); i++) {
            JsonNode value = d.at(columns.get(i).pointer());
            present[i] |= !value.isMissingNode();
            if (value.isNumber()) {
                sums[i] = sums[i] == null ? value.decimalValue() : sums[i].add(value.decimalValue());
                counts[i]++;
            }
        }
    }

    List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (present[i]) {
                CanonicalColumns.Column c = columns.get(i);
                rows.add(Arrays.asList(c.section(), c.row(), c.column(), sums[i], counts[i], c.pointer()));
            }
        }
        return rows;
    }
}
