package org.xxgk.resolve;

import java.math.BigDecimal;
import java.util.ArrayList;
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
import org.xxgk.normalize.CellNumber;

/**
 * Lets no value read by OCR through unless something vouches for it. The form's arithmetic does
 * first: a value in an equation that holds, every cell of it read, is confirmed. Where another
 * reading of the same cell (a second OCR pass saw other digits) is the only one that makes its
 * equations hold, that reading is taken: it is what the picture says, confirmed. Then:
 * <ul>
 * <li>a value in an equation that fails, and in none that holds, is null: the misread, or the
 *     publisher's error, cannot be told apart (ocr_uncertain);</li>
 * <li>a value no equation can check is kept only when the engine was sure of it
 *     ({@value #TRUSTED} or more, which takes two passes agreeing); otherwise it is null
 *     (ocr_uncertain);</li>
 * <li>a cell whose reading is not a number at all is null (ocr_uncertain).</li>
 * </ul>
 * Where an equation fixes what a nulled cell must be, the finding says so, but the value is not
 * corrected: a number the picture does not show is never written.
 */
public final class OcrCheck {

    /** A reading this sure, unchecked by any equation, is kept. */
    static final double TRUSTED = 0.8;

    private final Map<String, CellValue> values;
    private final List<Equation> equations;

    private OcrCheck(Map<String, CellValue> values, boolean otherHandlingSingleRow) {
        this.values = values;
        this.equations = Arithmetic.equations(otherHandlingSingleRow);
    }

    /** Checks the OCR'd values in {@code values} (settling or nulling them there) and returns the findings, in cell order. */
    public static List<Finding> check(Map<String, CellValue> values, boolean otherHandlingSingleRow) {
        return new OcrCheck(values, otherHandlingSingleRow).run();
    }

    private List<Finding> run() {
        List<String> read = values.entrySet().stream()
                .filter(e -> e.getValue().reading().kind() == Reading.Kind.OCR)
                .filter(e -> e.getValue().raw() != null && !e.getValue().raw().isEmpty())
                .map(Map.Entry::getKey).toList();
        if (read.isEmpty()) {
            return List.of();
        }
        takeConfirmedAlternatives(read);
        Set<String> confirmed = new HashSet<>();
        Set<String> contradicted = new HashSet<>();
        for (Equation e : equations) {
            Boolean holds = holds(e);
            if (holds != null) {
                (holds ? confirmed : contradicted).addAll(e.cells());
            }
        }
        List<Finding> findings = new ArrayList<>();
        List<String> nulled = new ArrayList<>();
        for (String cell : read) {
            CellValue v = values.get(cell);
            String why;
            if (v.number() == null) {
                why = "识别出的内容「" + v.raw() + "」不是数字";
            } else if (confirmed.contains(cell)) {
                continue;
            } else if (contradicted.contains(cell)) {
                why = "识别结果" + v.number().toPlainString() + "与表内的勾稽关系不符（可能是识别错误，也可能是原表有误）";
            } else if (v.reading().confidence() >= TRUSTED) {
                continue;
            } else {
                why = "识别结果" + v.number().toPlainString() + "的把握不足，且表内的勾稽关系无法验证";
            }
            nulled.add(cell);
            BigDecimal implied = implied(cell);
            String hint = implied == null ? ""
                    : "；按表内的勾稽关系此格应为" + implied.toPlainString()
                    + (v.number() != null && oneDigitApart(v.number(), implied) ? "（与识别结果只差一位数字）" : "") + "，但未自动更正";
            findings.add(new Finding(Rules.OCR_UNCERTAIN, org.xxgk.model.Severity.WARNING, cell,
                    "图片中此格的数值无法可靠识别：" + why + hint + "，请对照原文核实" + where(v.at()), implied, v.number()));
        }
        for (String cell : nulled) {
            values.put(cell, values.get(cell).settled(null, Rules.OCR_UNCERTAIN));
        }
        return findings;
    }

    /**
     * For cells with other readings: where the value read breaks an equation and exactly one
     * other reading makes every equation of the cell that can be checked hold, that reading is taken.
     */
    private void takeConfirmedAlternatives(List<String> read) {
        for (String cell : read) {
            CellValue v = values.get(cell);
            List<BigDecimal> others = new ArrayList<>();
            for (String text : v.reading().alternatives()) {
                CellNumber.Parsed parsed = CellNumber.parse(text);
                if (parsed != null && (v.number() == null || parsed.value().compareTo(v.number()) != 0)) {
                    others.add(parsed.value());
                }
            }
            if (others.isEmpty() || allHold(cell) != Boolean.FALSE) {
                continue;
            }
            List<BigDecimal> fitting = new ArrayList<>();
            for (BigDecimal other : new LinkedHashSet<>(others)) {
                values.put(cell, v.settled(other, null));
                if (allHold(cell) == Boolean.TRUE) {
                    fitting.add(other);
                }
            }
            values.put(cell, fitting.size() == 1 ? v.settled(fitting.get(0), null) : v);
        }
    }

    /** TRUE when every checkable equation of the cell holds (and one can be checked), FALSE when one fails, else null. */
    private Boolean allHold(String cell) {
        Boolean all = null;
        for (Equation e : equations) {
            if (e.cells().contains(cell)) {
                Boolean holds = holds(e);
                if (holds == Boolean.FALSE) {
                    return false;
                }
                if (holds == Boolean.TRUE) {
                    all = true;
                }
            }
        }
        return all;
    }

    private Boolean holds(Equation e) {
        BigDecimal target = number(e.target());
        if (target == null) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (String c : e.plus()) {
            BigDecimal n = number(c);
            if (n == null) {
                return null;
            }
            sum = sum.add(n);
        }
        for (String c : e.minus()) {
            BigDecimal n = number(c);
            if (n == null) {
                return null;
            }
            sum = sum.subtract(n);
        }
        return sum.compareTo(target) == 0;
    }

    /** What an equation whose other cells are all read says the cell must be, if one does (the first that does). */
    private BigDecimal implied(String cell) {
        for (Equation e : equations) {
            if (!e.cells().contains(cell)) {
                continue;
            }
            BigDecimal plus = BigDecimal.ZERO;
            BigDecimal minus = BigDecimal.ZERO;
            BigDecimal target = null;
            boolean complete = true;
            for (String c : e.cells()) {
                if (c.equals(cell)) {
                    continue;
                }
                BigDecimal n = number(c);
                if (n == null) {
                    complete = false;
                    break;
                }
                if (c.equals(e.target())) {
                    target = n;
                } else if (e.plus().contains(c)) {
                    plus = plus.add(n);
                } else {
                    minus = minus.add(n);
                }
            }
            if (!complete) {
                continue;
            }
            BigDecimal x = cell.equals(e.target()) ? plus.subtract(minus)
                    : e.plus().contains(cell) ? target.subtract(plus).add(minus) : plus.subtract(minus).subtract(target);
            if (x.signum() >= 0) {
                return x;
            }
        }
        return null;
    }

    private BigDecimal number(String cell) {
        CellValue v = values.get(cell);
        return v == null ? null : v.number();
    }

    /** Same number of digits, one position different: the kind of error one misread digit makes. */
    static boolean oneDigitApart(BigDecimal a, BigDecimal b) {
        String x = a.toPlainString();
        String y = b.toPlainString();
        if (x.length() != y.length()) {
            return false;
        }
        int differ = 0;
        for (int i = 0; i < x.length(); i++) {
            differ += x.charAt(i) != y.charAt(i) ? 1 : 0;
        }
        return differ == 1;
    }

    private static String where(Provenance at) {
        String place = at.describe();
        return place.isEmpty() ? "" : "（" + place + "）";
    }
}
