package org.xxgk.validate;

import java.math.BigDecimal;
import java.util.List;
import org.xxgk.layout.Arithmetic;
import org.xxgk.layout.Equation;
import org.xxgk.model.Finding;
import org.xxgk.model.Tables;

/**
 * Checks every equation of the form ({@link Arithmetic}) whose cells were all read: row totals,
 * the balance, outcome totals and block totals. A broken one is an error on its target cell, with
 * the value the other cells say it should hold, and, where its cells were read with doubt
 * ({@link Doubts}), the message says the reading may be at fault.
 */
final class EquationRule implements Rule {

    private final Doubts doubts;

    EquationRule(Doubts doubts) {
        this.doubts = doubts;
    }

    @Override
    public void check(Tables tables, List<Finding> findings) {
        for (Equation equation : Arithmetic.equations(tables.otherHandlingSingleRow())) {
            String section = equation.target().split("/")[1];
            if (!tables.has(section)) {
                continue;
            }
            BigDecimal plus = Cells.sum(tables, equation.plus());
            BigDecimal minus = Cells.sum(tables, equation.minus());
            BigDecimal actual = Cells.number(tables, equation.target());
            if (plus == null || minus == null || actual == null) {
                continue; // a missing operand: the missing_value finding stands for it
            }
            BigDecimal expected = plus.subtract(minus);
            if (expected.compareTo(actual) != 0) {
                findings.add(Finding.error(equation.rule(), equation.target(),
                        message(equation, tables, expected, actual) + doubts.about(equation), expected, actual));
            }
        }
    }

    private static String message(Equation e, Tables tables, BigDecimal expected, BigDecimal actual) {
        return switch (e.rule()) {
            case Arithmetic.ROW_TOTAL -> "「" + e.subject() + "」行：六类申请人合计为" + Cells.plain(expected)
                    + "，但「总计」列为" + Cells.plain(actual);
            case Arithmetic.BALANCE -> "「" + e.subject() + "」列勾稽关系不成立：本年新收" + plain(tables, e.plus().get(0))
                    + " + 上年结转" + plain(tables, e.plus().get(1)) + " ≠ 办理结果总计" + plain(tables, e.minus().get(0))
                    + " + 结转下年度继续办理" + Cells.plain(actual);
            case Arithmetic.OUTCOME_TOTAL -> "「" + e.subject() + "」列：各项办理结果之和为" + Cells.plain(expected)
                    + "，但「（七）总计」为" + Cells.plain(actual);
            default -> "「" + e.subject() + "」：结果维持、结果纠正、其他结果、尚未审结之和为" + Cells.plain(expected)
                    + "，但「总计」为" + Cells.plain(actual);
        };
    }

    private static String plain(Tables tables, String path) {
        return Cells.plain(Cells.number(tables, path));
    }
}
