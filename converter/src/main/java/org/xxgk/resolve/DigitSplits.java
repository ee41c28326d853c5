package org.xxgk.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.xxgk.layout.ValueKind;

/**
 * Every way to cut runs of digits whose separators were lost into a row's values. A space that
 * survived is a certain cut: each piece splits into whole values. A value is written as a
 * publisher writes it: no leading zero (0 alone is a value), a sign only in the signed column, a
 * decimal point only in an amount. A piece read exactly (a cell of its own beside the run) is
 * one value whole. Splits come in the order of their values' lengths.
 */
public final class DigitSplits {

    /** A stretch of the row's text between certain cuts; {@code whole} when it is one value for sure. */
    public record Piece(String text, boolean whole) {
    }

    /** The value at {@code target} is the sum of the values at {@code parts}, all before it (a row's total). */
    public record Total(int target, List<Integer> parts) {
    }

    private static final Pattern COUNT = Pattern.compile("0|[1-9][0-9]*");
    private static final Pattern SIGNED = Pattern.compile("[+-]?(0|[1-9][0-9]*)");
    private static final Pattern AMOUNT = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]+)?");
    /** Work bound: a run this ambiguous is not settled by trying every cut. */
    private static final int MAX_STEPS = 2_000_000;

    /** The splits found, and whether the search stopped before trying every cut. */
    public record Result(List<List<String>> splits, boolean exhausted) {
    }

    private final List<Piece> pieces;
    private final List<ValueKind> kinds;
    private final List<Total> totals;
    private final int limit;
    private final List<List<String>> found = new ArrayList<>();
    private final String[] current;
    private int steps;

    private DigitSplits(List<Piece> pieces, List<ValueKind> kinds, List<Total> totals, int limit) {
        this.pieces = pieces;
        this.kinds = kinds;
        this.totals = totals;
        this.limit = limit;
        this.current = new String[kinds.size()];
    }

    /**
     * At most {@code limit} splits of the pieces into values of the given kinds in which every
     * total equals its parts (the search only tries, for a total, the digits its parts add up to).
     */
    public static Result of(List<Piece> pieces, List<ValueKind> kinds, List<Total> totals, int limit) {
        DigitSplits search = new DigitSplits(pieces.stream().filter(p -> !p.text().isEmpty()).toList(), kinds, totals, limit);
        search.cut(0, 0, 0);
        return new Result(List.copyOf(search.found), search.steps > MAX_STEPS || search.found.size() >= limit);
    }

    private void cut(int piece, int from, int value) {
        if (++steps > MAX_STEPS || found.size() >= limit) {
            return;
        }
        int valuesLeft = kinds.size() - value;
        if (piece == pieces.size()) {
            if (valuesLeft == 0) {
                found.add(List.of(current.clone()));
            }
            return;
        }
        int charsLeft = pieces.get(piece).text().length() - from;
        for (int p = piece + 1; p < pieces.size(); p++) {
            charsLeft += pieces.get(p).whole() ? 1 : pieces.get(p).text().length();
        }
        if (valuesLeft < pieces.size() - piece || charsLeft < valuesLeft) {
            return; // every piece needs a value of its own and every value a character
        }
        String text = pieces.get(piece).text();
        if (pieces.get(piece).whole()) {
            String required = required(value);
            if (required != null && new java.math.BigDecimal(number(text)).compareTo(new java.math.BigDecimal(required)) != 0) {
                return;
            }
            current[value] = text;
            cut(piece + 1, 0, value + 1);
            return;
        }
        String required = required(value);
        for (int end = from + 1; end <= text.length(); end++) {
            String candidate = text.substring(from, end);
            if (!syntax(kinds.get(value)).matcher(candidate).matches() || (required != null && !required.equals(candidate))) {
                continue;
            }
            current[value] = candidate;
            if (end == text.length()) {
                cut(piece + 1, 0, value + 1);
            } else if (value + 1 < kinds.size()) {
                cut(piece, end, value + 1);
            }
        }
    }

    /** The digits a total must read, from the parts already chosen; null when the value is free. */
    private String required(int value) {
        for (Total total : totals) {
            if (total.target() == value) {
                java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
                for (int part : total.parts()) {
                    sum = sum.add(new java.math.BigDecimal(number(current[part])));
                }
                return sum.toPlainString();
            }
        }
        return null;
    }

    /** A value's digits as BigDecimal reads them (a leading plus sign dropped, full-width folded). */
    private static String number(String text) {
        String t = org.xxgk.normalize.Width.fold(text).replace(",", "").strip();
        return t.startsWith("+") ? t.substring(1) : t;
    }

    private static Pattern syntax(ValueKind kind) {
        return switch (kind) {
            case COUNT -> COUNT;
            case SIGNED_COUNT -> SIGNED;
            case AMOUNT -> AMOUNT;
        };
    }

    /** The reading taken when no split fits: one digit per cell, when the run has exactly that many. */
    public static List<String> literal(List<Piece> pieces, int values) {
        if (pieces.stream().anyMatch(Piece::whole)) {
            return null;
        }
        String all = pieces.stream().map(Piece::text).collect(java.util.stream.Collectors.joining());
        if (all.length() != values || !all.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return all.chars().mapToObj(c -> String.valueOf((char) c)).toList();
    }
}
