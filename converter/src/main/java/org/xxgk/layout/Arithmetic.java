package org.xxgk.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic (勾稽关系) of the official tables as data: validation checks it, and the resolver
 * uses it to choose between uncertain readings. In the order findings report it: row totals of
 * table 三 row by row, the balance and the outcome totals column by column, the block totals of
 * table 四.
 */
public final class Arithmetic {

    public static final String ROW_TOTAL = "row_total";
    public static final String BALANCE = "balance";
    public static final String OUTCOME_TOTAL = "outcome_total";
    public static final String BLOCK_TOTAL = "block_total";

    private static final List<Equation> SUB_ROWS = build(false);
    private static final List<Equation> SINGLE_ROW = build(true);

    private Arithmetic() {
    }

    /** Every equation of the form, with （六）其他处理 as one row or as three. */
    public static List<Equation> equations(boolean otherHandlingSingleRow) {
        return otherHandlingSingleRow ? SINGLE_ROW : SUB_ROWS;
    }

    private static List<Equation> build(boolean singleRow) {
        List<Equation> out = new ArrayList<>();
        String s = "/" + ApplicationsLayout.SECTION;
        List<Field> applicants = ApplicationsLayout.COLUMNS.subList(0, 6);
        for (ApplicationsLayout.PathRow row : ApplicationsLayout.valueRows(singleRow)) {
            out.add(new Equation(ROW_TOTAL, row.path() + "/total",
                    applicants.stream().map(c -> row.path() + "/" + c.key()).toList(), List.of(),
                    ApplicationsLayout.rowName(row.path())));
        }
        for (Field column : ApplicationsLayout.COLUMNS) {
            String c = "/" + column.key();
            out.add(new Equation(BALANCE, s + "/carried_forward" + c,
                    List.of(s + "/new_received" + c, s + "/carried_over" + c), List.of(s + "/outcomes/total" + c), column.label()));
        }
        List<ApplicationsLayout.PathRow> leaves = ApplicationsLayout.outcomeLeaves(singleRow);
        for (Field column : ApplicationsLayout.COLUMNS) {
            out.add(new Equation(OUTCOME_TOTAL, s + "/outcomes/total/" + column.key(),
                    leaves.stream().map(r -> r.path() + "/" + column.key()).toList(), List.of(), column.label()));
        }
        for (ReviewLitigationLayout.Block block : ReviewLitigationLayout.BLOCKS) {
            String p = "/" + ReviewLitigationLayout.SECTION + "/" + block.key() + "/";
            out.add(new Equation(BLOCK_TOTAL, p + "total",
                    List.of(p + "upheld", p + "corrected", p + "other", p + "pending"), List.of(), block.label()));
        }
        return List.copyOf(out);
    }
}
