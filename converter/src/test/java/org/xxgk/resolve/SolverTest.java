package org.xxgk.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xxgk.grid.Provenance;
import org.xxgk.layout.ApplicationsLayout;
import org.xxgk.model.CellValue;
import org.xxgk.model.Finding;

/** The resolver on choices built by hand: what the arithmetic settles, and what it leaves null. */
class SolverTest {

    private static final List<String> COLUMNS = ApplicationsLayout.COLUMNS.stream().map(c -> c.key()).toList();

    private static Alternative row(String path, long... values) {
        Map<String, CellValue> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(path + "/" + COLUMNS.get(i), new CellValue(BigDecimal.valueOf(values[i]), String.valueOf(values[i]), Provenance.UNKNOWN));
        }
        return new Alternative(m);
    }

    private static void put(Map<String, CellValue> values, String path, long... numbers) {
        values.putAll(row(path, numbers).values());
    }

    private static Choice split(String path, Alternative... alternatives) {
        return new Choice(Choice.Kind.SPLIT, path, "行", List.of(new Choice.Piece("run", Provenance.UNKNOWN)),
                COLUMNS.stream().map(c -> path + "/" + c).toList(), List.of(alternatives), null);
    }

    /** Every outcome row but one, consistent: the outcome totals then pin down the remaining row. */
    private static Map<String, CellValue> tableWithout(String missing) {
        Map<String, CellValue> values = new LinkedHashMap<>();
        for (ApplicationsLayout.PathRow r : ApplicationsLayout.outcomeLeaves(false)) {
            if (!r.path().equals(missing)) {
                put(values, r.path(), 0, 0, 0, 0, 0, 0, 0);
            }
        }
        put(values, "/applications/outcomes/total", 11, 0, 0, 0, 0, 0, 11);
        put(values, "/applications/new_received", 11, 0, 0, 0, 0, 0, 11);
        put(values, "/applications/carried_over", 0, 0, 0, 0, 0, 0, 0);
        put(values, "/applications/carried_forward", 0, 0, 0, 0, 0, 0, 0);
        return values;
    }

    @Test
    void theOutcomeTotalsChooseBetweenSplitsARowTotalAllows() {
        String path = "/applications/outcomes/unable_to_provide/needs_creation";
        Map<String, CellValue> values = tableWithout(path);
        List<Finding> findings = Solver.resolve(values, List.of(split(path, row(path, 1, 10, 0, 0, 0, 0, 11), row(path, 11, 0, 0, 0, 0, 0, 11))), false);
        assertEquals(List.of(), findings);
        assertEquals(11, values.get(path + "/natural_person").number().intValue());
        assertEquals(0, values.get(path + "/commercial_enterprise").number().intValue());
    }

    @Test
    void whatStaysAmbiguousIsNullWithTheCandidates() {
        String path = "/applications/outcomes/unable_to_provide/needs_creation";
        Map<String, CellValue> values = tableWithout(path);
        // Without the two columns that tell the splits apart, nothing settles them.
        values.remove("/applications/outcomes/total/natural_person");
        values.remove("/applications/outcomes/total/commercial_enterprise");
        List<Finding> findings = Solver.resolve(values, List.of(split(path, row(path, 1, 10, 0, 0, 0, 0, 11), row(path, 11, 0, 0, 0, 0, 0, 11))), false);
        assertEquals(1, findings.size());
        assertEquals("ambiguous_split", findings.get(0).rule());
        assertEquals(List.of(List.of(1, 10, 0, 0, 0, 0, 11), List.of(11, 0, 0, 0, 0, 0, 11)),
                findings.get(0).candidates().stream().map(c -> c.stream().map(BigDecimal::intValue).toList()).toList());
        assertNull(values.get(path + "/natural_person").number());
        assertEquals("ambiguous_split", values.get(path + "/natural_person").unsettled());
    }

    @Test
    void aSplitBreakingItsOwnRowTotalIsNeverTaken() {
        String path = "/applications/new_received";
        Map<String, CellValue> values = new LinkedHashMap<>();
        List<Finding> findings = Solver.resolve(values, List.of(split(path, row(path, 2, 1, 7, 1, 0, 0, 0), row(path, 217, 1, 0, 0, 0, 0, 218))), false);
        assertEquals(List.of(), findings);
        assertEquals(217, values.get(path + "/natural_person").number().intValue());
    }

    @Test
    void anInconsistentSourceLeavesTheUndecidedNullNotGuessed() {
        String path = "/applications/outcomes/unable_to_provide/needs_creation";
        Map<String, CellValue> values = tableWithout(path);
        put(values, "/applications/outcomes/total", 40, 0, 0, 0, 0, 0, 40); // the source's own total is wrong
        List<Finding> findings = Solver.resolve(values, List.of(split(path, row(path, 1, 10, 0, 0, 0, 0, 11), row(path, 11, 0, 0, 0, 0, 0, 11))), false);
        assertEquals("ambiguous_split", findings.get(0).rule());
        assertNull(values.get(path + "/total").number());
    }

    @Test
    void gapsKeepTheCellsEveryFittingPlacementAgreesOn() {
        List<String> paths = new ArrayList<>();
        for (String block : List.of("review", "litigation_direct", "litigation_after_review")) {
            for (String f : List.of("upheld", "corrected", "other", "pending", "total")) {
                paths.add("/review_litigation/" + block + "/" + f);
            }
        }
        long[] printed = {1, 0, 0, 4, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1}; // 14 values for 15 cells, one lost in 行政复议
        List<Alternative> alternatives = new ArrayList<>();
        for (int gap = 0; gap < 15; gap++) {
            Map<String, CellValue> m = new LinkedHashMap<>();
            for (int p = 0, v = 0; p < 15; p++) {
                m.put(paths.get(p), p == gap ? new CellValue(null, "", Provenance.UNKNOWN)
                        : new CellValue(BigDecimal.valueOf(printed[v]), "", Provenance.UNKNOWN));
                if (p != gap) {
                    v++;
                }
            }
            alternatives.add(new Alternative(m));
        }
        Map<String, CellValue> values = new LinkedHashMap<>();
        Choice gaps = new Choice(Choice.Kind.GAPS, "/review_litigation", "行政复议、行政诉讼",
                List.of(new Choice.Piece("1 0 0 4 …", Provenance.UNKNOWN)), paths, alternatives, null);
        List<Finding> findings = Solver.resolve(values, List.of(gaps), false);
        assertEquals(5, findings.size(), "the five 行政复议 cells stay open");
        for (int p = 0; p < 5; p++) {
            assertNull(values.get(paths.get(p)).number());
        }
        assertEquals(List.of(0, 0, 0, 0, 0, 1, 0, 0, 0, 1),
                paths.subList(5, 15).stream().map(p -> values.get(p).number().intValue()).toList());
    }
}
