package org.xxgk.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.layout.ValueKind;

class DigitSplitsTest {

    private static final ValueKind C = ValueKind.COUNT;

    private static List<DigitSplits.Piece> run(String... pieces) {
        return java.util.Arrays.stream(pieces).map(p -> new DigitSplits.Piece(p, false)).toList();
    }

    private static List<List<String>> splits(List<DigitSplits.Piece> pieces, List<ValueKind> kinds, List<DigitSplits.Total> totals) {
        DigitSplits.Result result = DigitSplits.of(pieces, kinds, totals, 1000);
        assertFalse(result.exhausted());
        return result.splits();
    }

    @Test
    void zerosSplitOneWay() {
        assertEquals(List.of(List.of("0", "0", "0")), splits(run("000"), List.of(C, C, C), List.of()));
    }

    @Test
    void noValueHasALeadingZero() {
        // 0|6|21 and 0|62|1, never 06|2|1
        assertEquals(List.of(List.of("0", "6", "21"), List.of("0", "62", "1")), splits(run("0621"), List.of(C, C, C), List.of()));
    }

    @Test
    void splitsComeInTheOrderOfTheirValuesLengths() {
        List<List<String>> all = splits(run("6233440"), List.of(C, C, C), List.of());
        assertEquals(15, all.size());
        assertEquals(List.of("6", "2", "33440"), all.get(0));
        assertEquals(List.of("62334", "4", "0"), all.get(all.size() - 1));
    }

    @Test
    void aRowTotalLeavesOneSplit() {
        List<ValueKind> seven = List.of(C, C, C, C, C, C, C);
        DigitSplits.Total total = new DigitSplits.Total(6, List.of(0, 1, 2, 3, 4, 5));
        assertEquals(List.of(List.of("217", "1", "0", "0", "0", "0", "218")), splits(run("21710000218"), seven, List.of(total)));
    }

    @Test
    void aSurvivingSpaceIsACertainCut() {
        List<ValueKind> seven = List.of(C, C, C, C, C, C, C);
        DigitSplits.Total total = new DigitSplits.Total(6, List.of(0, 1, 2, 3, 4, 5));
        assertEquals(List.of(List.of("23", "0", "0", "0", "0", "0", "23")), splits(run("230", "000023"), seven, List.of(total)));
    }

    @Test
    void signsOnlyWhereTheColumnIsSignedAndPointsOnlyInAmounts() {
        assertEquals(List.of(List.of("12", "-8", "3")),
                splits(run("12-83"), List.of(C, ValueKind.SIGNED_COUNT, C), List.of()).stream().filter(s -> s.get(1).startsWith("-")).toList());
        assertEquals(List.of(List.of("625.0499")), splits(run("625.0499"), List.of(ValueKind.AMOUNT), List.of()));
        assertEquals(List.of(), splits(run("625.0499"), List.of(C), List.of()));
    }

    @Test
    void aCellReadExactlyStaysWhole() {
        List<DigitSplits.Piece> pieces = List.of(new DigitSplits.Piece("10", true), new DigitSplits.Piece("23", false));
        assertEquals(List.of(List.of("10", "2", "3")), splits(pieces, List.of(C, C, C), List.of()));
    }

    @Test
    void literalReadingOnlyWithOneDigitPerCell() {
        assertEquals(List.of("1", "2", "3"), DigitSplits.literal(run("123"), 3));
        assertNull(DigitSplits.literal(run("1234"), 3));
    }
}
