package org.xxgk.resolve;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xxgk.grid.Provenance;
import org.xxgk.grid.Reading;
import org.xxgk.layout.Arithmetic;
import org.xxgk.layout.Equation;
import org.xxgk.model.CellValue;
import org.xxgk.model.Finding;
import org.xxgk.model.Rules;

/**
 * Settles uncertain readings with the form's own arithmetic ({@link Arithmetic}), and only with it.
 * <ol>
 * <li>Each choice keeps the alternatives that satisfy the equations lying wholly within the
 *     cells the alternative fills (a row's total, a review block's total).</li>
 * <li>One left: it is taken. None left: a split whose every digit is a cell of its own is taken
 *     literally (the source is then inconsistent, and validation says so); otherwise the cells
 *     stay null with a finding.</li>
 * <li>Several left: every combination of the undecided choices is tried against the equations
 *     linking them to the rest of the table (balance, outcome totals); a choice all surviving
 *     combinations agree on is taken, any other stays null with a finding listing what fitted.</li>
 * </ol>
 * Nothing is ever computed into a cell: values come from the document or stay null.
 */
public final class Solver {

    /** Combinations tried before giving up on settling the undecided choices together. */
    private static final int MAX_COMBINATIONS = 100_000;
    /** Candidate splits listed in a finding. */
    private static final int MAX_LISTED = 20;

    private final Map<String, CellValue> values;
    private final List<Equation> equations;
    private final List<Finding> findings = new ArrayList<>();

    private Solver(Map<String, CellValue> values, boolean otherHandlingSingleRow) {
        this.values = values;
        this.equations = Arithmetic.equations(otherHandlingSingleRow);
    }

    /** Writes the settled values into {@code values} and returns the findings, in the order of the choices. */
    public static List<Finding> resolve(Map<String, CellValue> values, List<Choice> choices, boolean otherHandlingSingleRow) {
        Solver solver = new Solver(values, otherHandlingSingleRow);
        solver.run(choices);
        return solver.findings;
    }

    private void run(List<Choice> choices) {
        Map<Choice, List<Alternative>> fitting = new HashMap<>();
        List<Choice> undecided = new ArrayList<>();
        for (Choice choice : choices) {
            List<Alternative> local = choice.alternatives().stream().filter(this::fitsItself).toList();
            fitting.put(choice, local);
            if (local.size() > 1) {
                undecided.add(choice);
            } else if (local.size() == 1) {
                take(choice, local.get(0)); // settled by itself: its values count for the others
            } else if (choice.literal() != null) {
                take(choice, choice.literal());
            }
        }
        Map<Choice, Set<Alternative>> agreed = together(undecided, fitting);
        Map<Choice, List<Finding>> found = new HashMap<>();
        for (Choice choice : choices) {
            List<Finding> out = new ArrayList<>();
            List<Alternative> local = fitting.get(choice);
            if (local.size() == 1) {
                take(choice, local.get(0));
            } else if (local.isEmpty() && choice.literal() != null) {
                take(choice, choice.literal());
            } else if (local.isEmpty() && choice.kind() == Choice.Kind.GAPS) {
                takeAgreed(choice, List.of(), out);
            } else if (local.isEmpty()) {
                leave(choice, List.of(), out);
            } else {
                Set<Alternative> survivors = agreed.get(choice);
                if (survivors != null && survivors.size() == 1) {
                    take(choice, survivors.iterator().next());
                } else if (choice.kind() == Choice.Kind.GAPS) {
                    takeAgreed(choice, survivors == null || survivors.isEmpty() ? local : List.copyOf(survivors), out);
                } else {
                    leave(choice, survivors == null || survivors.isEmpty() ? local : List.copyOf(survivors), out);
                }
            }
            found.put(choice, out);
        }
        for (Choice choice : choices) {
            findings.addAll(found.get(choice));
        }
    }

    /** True unless the alternative breaks an equation all of whose cells it fills itself. */
    private boolean fitsItself(Alternative alternative) {
        for (Equation e : equations) {
            if (alternative.values().keySet().containsAll(e.cells()) && holds(e, alternative.values()::get) == Boolean.FALSE) {
                return false;
            }
        }
        return true;
    }

    /**
     * For each undecided choice, the alternatives found in some combination that satisfies every
     * equation touching an undecided cell; empty when no combination does or too many would be tried.
     */
    private Map<Choice, Set<Alternative>> together(List<Choice> undecided, Map<Choice, List<Alternative>> fitting) {
        Map<Choice, Set<Alternative>> seen = new HashMap<>();
        if (undecided.isEmpty()) {
            return seen;
        }
        long combinations = 1;
        for (Choice c : undecided) {
            combinations *= fitting.get(c).size();
            if (combinations > MAX_COMBINATIONS) {
                return seen;
            }
        }
        Set<String> open = new HashSet<>();
        undecided.forEach(c -> open.addAll(c.cells()));
        List<Equation> linking = equations.stream().filter(e -> e.cells().stream().anyMatch(open::contains)).toList();
        // By position, not through the maps: a Choice's hash walks all its alternatives and their
        // values, and up to MAX_COMBINATIONS solutions × choices lookups made that take seconds.
        List<List<Alternative>> options = undecided.stream().map(fitting::get).toList();
        Alternative[] picked = new Alternative[undecided.size()];
        List<Alternative[]> solutions = new ArrayList<>();
        search(0, options, picked, linking, open, solutions);
        List<Set<Alternative>> found = new ArrayList<>();
        undecided.forEach(c -> found.add(new LinkedHashSet<>()));
        for (Alternative[] solution : solutions) {
            for (int i = 0; i < solution.length; i++) {
                found.get(i).add(solution[i]);
            }
        }
        for (int i = 0; i < undecided.size(); i++) {
            if (!found.get(i).isEmpty()) {
                seen.put(undecided.get(i), found.get(i));
            }
        }
        return seen;
    }

    private void search(int depth, List<List<Alternative>> options, Alternative[] picked,
                        List<Equation> linking, Set<String> open, List<Alternative[]> solutions) {
        if (depth == picked.length) {
            Map<String, CellValue> assigned = new HashMap<>();
            for (Alternative a : picked) {
                assigned.putAll(a.values());
            }
            for (Equation e : linking) {
                Boolean holds = holds(e, cell -> open.contains(cell) ? assigned.get(cell) : values.get(cell));
                if (holds == Boolean.FALSE) {
                    return;
                }
            }
            solutions.add(picked.clone());
            return;
        }
        for (Alternative a : options.get(depth)) {
            picked[depth] = a;
            search(depth + 1, options, picked, linking, open, solutions);
        }
    }

    /** Whether the equation holds for these values; null when one of its cells has no number. */
    private static Boolean holds(Equation e, java.util.function.Function<String, CellValue> value) {
        BigDecimal target = number(value.apply(e.target()));
        if (target == null) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (String cell : e.plus()) {
            BigDecimal n = number(value.apply(cell));
            if (n == null) {
                return null;
            }
            sum = sum.add(n);
        }
        for (String cell : e.minus()) {
            BigDecimal n = number(value.apply(cell));
            if (n == null) {
                return null;
            }
            sum = sum.subtract(n);
        }
        return sum.compareTo(target) == 0;
    }

    private static BigDecimal number(CellValue v) {
        return v == null ? null : v.number();
    }

    private void take(Choice choice, Alternative alternative) {
        values.putAll(alternative.values());
    }

    /**
     * Takes each cell every fitting alternative gives the same value; the others stay null, each
     * with a finding that says its value was lost at a place unknown.
     */
    private void takeAgreed(Choice choice, List<Alternative> fitting, List<Finding> out) {
        Choice.Piece row = choice.pieces().get(0);
        for (String cell : choice.cells()) {
            CellValue first = fitting.isEmpty() ? null : fitting.get(0).values().get(cell);
            boolean agreed = first != null && fitting.stream().allMatch(a -> same(a.values().get(cell), first));
            if (agreed && first.number() != null) {
                values.put(cell, first);
            } else {
                values.put(cell, new CellValue(null, row.text(), row.at(), Reading.EXACT, Rules.MISSING_VALUE));
                out.add(Finding.warning(Rules.MISSING_VALUE, cell, "「" + choice.subject() + "」的数值（" + row.text()
                        + "）比表格的格数少，缺少的格位置不明，按表格的勾稽关系也无法确定此格的数值" + where(row.at())));
            }
        }
    }

    private static boolean same(CellValue a, CellValue b) {
        BigDecimal x = number(a);
        BigDecimal y = number(b);
        return x == null ? y == null : y != null && x.compareTo(y) == 0;
    }

    /** The choice's cells stay null; a finding says why and lists what fitted. */
    private void leave(Choice choice, List<Alternative> fitted, List<Finding> out) {
        String rule = choice.kind() == Choice.Kind.SPLIT ? Rules.AMBIGUOUS_SPLIT : Rules.UNKNOWN_LABEL;
        if (choice.kind() == Choice.Kind.SPLIT) {
            Choice.Piece run = choice.pieces().get(0);
            for (String cell : choice.cells()) {
                CellValue placeholder = values.get(cell);
                values.put(cell, placeholder != null ? placeholder.settled(null, rule)
                        : new CellValue(null, run.text(), run.at(), Reading.RUN_TOGETHER, rule));
            }
            String why = !fitted.isEmpty() ? "，有" + fitted.size() + "种拆分方式都说得通"
                    : choice.alternatives().isEmpty() ? "，无法拆分为该行的" + choice.cells().size() + "个数值"
                    : "，没有一种拆分符合表格的勾稽关系";
            List<List<BigDecimal>> listed = fitted.stream().limit(MAX_LISTED).map(Alternative::numbers).toList();
            out.add(new Finding(rule, org.xxgk.model.Severity.WARNING, choice.path(),
                    "「" + choice.subject() + "」的数字连在一起（" + run.text() + "）" + why + "，无法确定各单元格的数值" + where(run.at()),
                    null, null, listed));
        } else {
            for (Choice.Piece row : choice.pieces()) {
                out.add(Finding.warning(rule, choice.path(), choice.subject() + "中有一行没有行标签的数值（" + row.text()
                        + "），无法确定它属于哪一行，其数值未被采用" + where(row.at())));
            }
        }
    }

    private static String where(Provenance at) {
        String place = at.describe();
        return place.isEmpty() ? "" : "（" + place + "）";
    }
}
