package org.xxgk.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xxgk.LimitExceeded;

class GridTest {

    private static Cell c(String text, int rows, int cols) {
        return new Cell(text, rows, cols, Provenance.line(1));
    }

    private static List<String> texts(List<Slot> row) {
        return row.stream().map(s -> s.cell().text()).toList();
    }

    @Test
    void expandsRowAndColumnSpans() {
        Grid grid = Grid.fromRows(List.of(
                List.of(c("A", 2, 1), c("B", 1, 2)),
                List.of(c("C", 1, 1), c("D", 1, 1)),
                List.of(c("E", 1, 1), c("F", 1, 1), c("G", 1, 1))));
        assertEquals(List.of("A", "B", "B"), texts(grid.rows().get(0)));
        assertEquals(List.of("A", "C", "D"), texts(grid.rows().get(1)));
        assertEquals(List.of("E", "F", "G"), texts(grid.rows().get(2)));
        Slot coveredBelow = grid.rows().get(1).get(0);
        assertTrue(coveredBelow.coveredFromAbove());
        assertFalse(coveredBelow.origin());
        assertTrue(grid.rows().get(0).get(2).coveredFromLeft());
    }

    @Test
    void shortRowIsNotPadded() {
        Grid grid = Grid.fromRows(List.of(List.of(c("A", 1, 1), c("1", 1, 1), c("2", 1, 1)), List.of(c("B", 1, 1))));
        assertEquals(1, grid.rows().get(1).size());
    }

    @Test
    void appendJoinsTheRowsOfATableSplitByAPage() {
        Grid first = Grid.fromRows(List.of(List.of(c("A", 1, 1))));
        Grid second = Grid.fromRows(List.of(List.of(c("B", 1, 1))));
        assertEquals(List.of("A"), texts(first.append(second).rows().get(0)));
        assertEquals(List.of("B"), texts(first.append(second).rows().get(1)));
    }

    /** colspan="100000" on a table of three columns: the span ends at the table's last column. */
    @Test
    void spanReachingPastTheLastColumnIsClipped() {
        Grid grid = Grid.fromRows(List.of(
                List.of(c("title", 1, 100_000)),
                List.of(c("A", 1, 1), c("B", 1, 1), c("C", 1, 1)),
                List.of(c("D", 2, 1), c("E", 1, 1_000))));
        assertEquals(List.of("title", "title", "title"), texts(grid.rows().get(0)));
        assertEquals(List.of("D", "E", "E"), texts(grid.rows().get(2)));
    }

    @Test
    void aTableOfOneWideCellIsOneColumnWide() {
        Grid grid = Grid.fromRows(List.of(List.of(c("only", 1, 100_000)), List.of(c("next", 1, 1_000))));
        assertEquals(List.of("only"), texts(grid.rows().get(0)));
        assertEquals(List.of("next"), texts(grid.rows().get(1)));
    }

    /** A cell pushed right by spans from above still starts where it starts: the span before it is not clipped. */
    @Test
    void columnsThatCellsStartInAreKept() {
        Grid grid = Grid.fromRows(List.of(
                List.of(c("wide", 2, 3)),
                List.of(c("right", 1, 50))));
        assertEquals(List.of("wide", "wide", "wide"), texts(grid.rows().get(0)));
        assertEquals(List.of("wide", "wide", "wide", "right"), texts(grid.rows().get(1)));
    }

    /** Every slot is counted as it is made, and the grid stops at the first one over the limit. */
    @Test
    void slotsAreCountedAndTheGridStopsAtTheLimit() {
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> header = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            header.add(c("h" + i, 1, 1));
        }
        rows.add(header);
        for (int r = 0; r < 10_000; r++) {
            rows.add(List.of(c("r" + r, 1, 1000)));
        }
        CellBudget budget = new CellBudget(50_000);
        LimitExceeded e = assertThrows(LimitExceeded.class, () -> Grid.fromRows(rows, budget));
        assertEquals(50_001, e.count());
        assertEquals(50_001, budget.used());
        assertEquals("表格单元格数量超过上限（50000个），不像是一份年度报告", e.getMessage());
    }

    @Test
    void aTableWithinTheLimitCountsItsSlots() {
        CellBudget budget = new CellBudget(50_000);
        Grid grid = Grid.fromRows(List.of(
                List.of(c("A", 2, 1), c("B", 1, 2)),
                List.of(c("C", 1, 1), c("D", 1, 1))), budget);
        assertEquals(6, budget.used());
        assertEquals(6, grid.rows().stream().mapToInt(List::size).sum());
    }

    /**
     * Random tables with random spans: the grid is the one spans were always expanded into, less
     * the columns past the last one a cell starts in (which only spans reached).
     */
    @Test
    void sameSlotsAsBeforeWithinTheTablesColumns() {
        Random random = new Random(13);
        for (int t = 0; t < 5_000; t++) {
            List<List<Cell>> rows = new ArrayList<>();
            int rowCount = 1 + random.nextInt(6);
            for (int r = 0; r < rowCount; r++) {
                List<Cell> row = new ArrayList<>();
                int cells = random.nextInt(5);
                for (int k = 0; k < cells; k++) {
                    int colSpan = random.nextInt(4) == 0 ? 1 + random.nextInt(6) : 1;
                    int rowSpan = random.nextInt(4) == 0 ? 1 + random.nextInt(4) : 1;
                    row.add(c(t + ":" + r + ":" + k, rowSpan, colSpan));
                }
                rows.add(row);
            }
            List<List<Slot>> expected = unclipped(rows, ColumnExtent.of(rows));
            List<List<Slot>> actual = Grid.fromRows(rows).rows();
            assertEquals(expected.size(), actual.size(), rows::toString);
            for (int r = 0; r < expected.size(); r++) {
                int row = r;
                assertEquals(describe(expected.get(r)), describe(actual.get(r)), () -> "table " + rows + ", row " + row);
            }
        }
    }

    private static List<String> describe(List<Slot> row) {
        return row.stream().map(s -> s.cell().text() + (s.origin() ? "" : s.coveredFromAbove() ? "^" : "<")).toList();
    }

    /** The grid as spans were expanded before they were clipped, then cut at {@code width} columns. */
    private static List<List<Slot>> unclipped(List<List<Cell>> sourceRows, int width) {
        List<List<Slot>> out = new ArrayList<>();
        List<Slot> carried = new ArrayList<>();
        List<Integer> carriedRows = new ArrayList<>();
        for (List<Cell> sourceRow : sourceRows) {
            List<Slot> row = new ArrayList<>();
            int column = 0;
            int next = 0;
            while (next < sourceRow.size() || column < carried.size()) {
                if (column < carried.size() && carriedRows.get(column) > 0) {
                    row.add(new Slot(carried.get(column).cell(), false, true));
                    carriedRows.set(column, carriedRows.get(column) - 1);
                    column++;
                    continue;
                }
                if (next >= sourceRow.size()) {
                    column++;
                    row.add(null);
                    continue;
                }
                Cell cell = sourceRow.get(next++);
                for (int span = 0; span < cell.colSpan(); span++) {
                    Slot slot = new Slot(cell, span == 0, false);
                    row.add(slot);
                    while (carried.size() <= column) {
                        carried.add(null);
                        carriedRows.add(0);
                    }
                    carried.set(column, slot);
                    carriedRows.set(column, cell.rowSpan() - 1);
                    column++;
                }
            }
            List<Slot> cut = new ArrayList<>(row.subList(0, Math.min(width, row.size())));
            while (!cut.isEmpty() && cut.get(cut.size() - 1) == null) {
                cut.remove(cut.size() - 1);
            }
            cut.replaceAll(slot -> slot == null ? new Slot(Cell.of("", Provenance.UNKNOWN), true, false) : slot);
            out.add(cut);
        }
        return out;
    }
}
