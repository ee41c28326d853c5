package org.xxgk.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
