package org.xxgk.normalize;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the number a table cell holds. Full-width digits, thousands separators, a leading plus
 * sign and a trailing count unit (件, 项, 个) are tolerated; anything else is not a number.
 * A money unit written in the cell is reported so the caller can convert it to the column's unit.
 */
public final class CellNumber {

    /** The unit a money amount was written in, relative to the form's 万元. */
    public enum Unit {
        NONE(0), YUAN(-4), WAN_YUAN(0), YI_YUAN(4);

        private final int powerOfTenToWan;

        Unit(int powerOfTenToWan) {
            this.powerOfTenToWan = powerOfTenToWan;
        }

        public BigDecimal toWan(BigDecimal amount) {
            return powerOfTenToWan == 0 ? amount : amount.scaleByPowerOfTen(powerOfTenToWan).stripTrailingZeros();
        }
    }

    public record Parsed(BigDecimal value, Unit unit) {
    }

    private static final Pattern NUMBER = Pattern.compile("([+-]?)(\\d+(?:,\\d{3})*|\\d+)(\\.\\d+)?(件|项|个|条|次|元|万元|亿元)?");

    private CellNumber() {
    }

    /** The number in the cell, or null when the cell holds no readable number (blank included). */
    public static Parsed parse(String text) {
        String compact = compact(text);
        if (compact.isEmpty()) {
            return null;
        }
        Matcher m = NUMBER.matcher(compact);
        if (!m.matches()) {
            return null;
        }
        String digits = m.group(1) + m.group(2).replace(",", "") + (m.group(3) == null ? "" : m.group(3));
        Unit unit = switch (m.group(4) == null ? "" : m.group(4)) {
            case "元" -> Unit.YUAN;
            case "万元" -> Unit.WAN_YUAN;
            case "亿元" -> Unit.YI_YUAN;
            default -> Unit.NONE;
        };
        return new Parsed(new BigDecimal(digits), unit);
    }

    /** True when the cell reads as a number; used to tell value cells from label cells. */
    public static boolean isNumeric(String text) {
        return parse(text) != null;
    }

    private static String compact(String text) {
        String folded = Width.fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Tidy.isSpace(c)) {
                continue;
            }
            // Dashes of every width in front of a digit are a minus sign (本年增/减 column).
            if ((c == '−' || c == '－' || c == '—' || c == '–') && i + 1 < folded.length()
                    && Character.isDigit(folded.charAt(i + 1))) {
                c = '-';
            }
            if (c == '，') {
                c = ',';
            }
            out.append(c);
        }
        return out.toString();
    }
}
