package org.xxgk.validate;

import java.math.BigDecimal;
import java.util.List;
import org.xxgk.layout.ApplicationsLayout;
import org.xxgk.layout.Field;
import org.xxgk.model.Finding;
import org.xxgk.model.Rules;
import org.xxgk.model.Tables;

/** Per column of table 三, （七）总计 equals the sum of every outcome row. */
final class OutcomeTotalRule implements Rule {

    @Override
    public void check(Tables tables, List<Finding> findings) {
        if (!tables.has(ApplicationsLayout.SECTION)) {
            return;
        }
        List<ApplicationsLayout.PathRow> leaves = ApplicationsLayout.outcomeLeaves(tables.otherHandlingSingleRow());
        for (Field column : ApplicationsLayout.COLUMNS) {
            BigDecimal expected = Cells.sum(tables, leaves.stream().map(r -> r.path() + "/" + column.key()).toList());
            String totalPath = "/" + ApplicationsLayout.SECTION + "/outcomes/total/" + column.key();
            BigDecimal actual = Cells.number(tables, totalPath);
            if (expected != null && actual != null && expected.compareTo(actual) != 0) {
                findings.add(Finding.error(Rules.OUTCOME_TOTAL, totalPath,
                        "「" + column.label() + "」列：各项办理结果之和为" + Cells.plain(expected) + "，但「（七）总计」为"
                                + Cells.plain(actual), expected, actual));
            }
        }
    }
}
