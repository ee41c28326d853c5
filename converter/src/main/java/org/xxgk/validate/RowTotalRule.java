package org.xxgk.validate;

import java.math.BigDecimal;
import java.util.List;
import org.xxgk.layout.ApplicationsLayout;
import org.xxgk.model.Finding;
import org.xxgk.model.Rules;
import org.xxgk.model.Tables;

/** In every row of table 三, 总计 equals the sum of the six applicant columns. */
final class RowTotalRule implements Rule {

    @Override
    public void check(Tables tables, List<Finding> findings) {
        if (!tables.has(ApplicationsLayout.SECTION)) {
            return;
        }
        List<String> parts = ApplicationsLayout.COLUMNS.subList(0, 6).stream().map(c -> c.key()).toList();
        for (ApplicationsLayout.PathRow row : ApplicationsLayout.valueRows(tables.otherHandlingSingleRow())) {
            BigDecimal expected = Cells.sum(tables, parts.stream().map(k -> row.path() + "/" + k).toList());
            BigDecimal actual = Cells.number(tables, row.path() + "/total");
            if (expected != null && actual != null && expected.compareTo(actual) != 0) {
                findings.add(Finding.error(Rules.ROW_TOTAL, row.path() + "/total",
                        "「" + ApplicationsLayout.rowName(row.path()) + "」行：六类申请人合计为" + Cells.plain(expected)
                                + "，但「总计」列为" + Cells.plain(actual), expected, actual));
            }
        }
    }
}
