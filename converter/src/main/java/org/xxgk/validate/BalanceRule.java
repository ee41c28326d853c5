package org.xxgk.validate;

import java.math.BigDecimal;
import java.util.List;
import org.xxgk.layout.ApplicationsLayout;
import org.xxgk.layout.Field;
import org.xxgk.model.Finding;
import org.xxgk.model.Rules;
import org.xxgk.model.Tables;

/**
 * The form's own 勾稽关系, per column: 本年新收 + 上年结转 = 办理结果总计 + 结转下年度继续办理.
 * Reported on the carried-forward cell, with the value it should have held.
 */
final class BalanceRule implements Rule {

    private static final String P = "/" + ApplicationsLayout.SECTION;

    @Override
    public void check(Tables tables, List<Finding> findings) {
        if (!tables.has(ApplicationsLayout.SECTION)) {
            return;
        }
        for (Field column : ApplicationsLayout.COLUMNS) {
            String c = "/" + column.key();
            BigDecimal received = Cells.number(tables, P + "/new_received" + c);
            BigDecimal carriedOver = Cells.number(tables, P + "/carried_over" + c);
            BigDecimal handled = Cells.number(tables, P + "/outcomes/total" + c);
            BigDecimal carriedForward = Cells.number(tables, P + "/carried_forward" + c);
            if (received == null || carriedOver == null || handled == null || carriedForward == null) {
                continue;
            }
            BigDecimal expected = received.add(carriedOver).subtract(handled);
            if (expected.compareTo(carriedForward) != 0) {
                findings.add(Finding.error(Rules.BALANCE, P + "/carried_forward" + c,
                        "「" + column.label() + "」列勾稽关系不成立：本年新收" + Cells.plain(received) + " + 上年结转"
                                + Cells.plain(carriedOver) + " ≠ 办理结果总计" + Cells.plain(handled) + " + 结转下年度继续办理"
                                + Cells.plain(carriedForward), expected, carriedForward));
            }
        }
    }
}
