package org.xxgk.validate;

import java.math.BigDecimal;
import java.util.List;
import org.xxgk.model.CellValue;
import org.xxgk.model.Tables;

/** Reads numbers out of the aligned tables; a missing operand makes a whole sum unknown. */
final class Cells {

    private Cells() {
    }

    static BigDecimal number(Tables tables, String path) {
        CellValue value = tables.value(path);
        return value == null ? null : value.number();
    }

    /** The sum of the cells, or null when any of them is missing (the rule is then not evaluated). */
    static BigDecimal sum(Tables tables, List<String> paths) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String path : paths) {
            BigDecimal n = number(tables, path);
            if (n == null) {
                return null;
            }
            sum = sum.add(n);
        }
        return sum;
    }

    static String plain(BigDecimal n) {
        return n.toPlainString();
    }
}
