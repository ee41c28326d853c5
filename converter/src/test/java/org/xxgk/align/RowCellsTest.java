package org.xxgk.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xxgk.grid.Cell;
import org.xxgk.grid.Grid;
import org.xxgk.grid.Provenance;

class RowCellsTest {

    private static RowCells row(String... cells) {
        List<Cell> list = Arrays.stream(cells).map(t -> Cell.of(t, Provenance.UNKNOWN)).toList();
        return RowCells.of(Grid.fromRows(List.of(list)).rows().get(0));
    }

    private static List<String> texts(List<Cell> cells) {
        return cells.stream().map(Cell::text).toList();
    }

    @Test
    void labelsThenValues() {
        RowCells r = row("（三）不予公开", "1.属于国家秘密", "0", "1", "2");
        assertEquals(List.of("（三）不予公开", "1.属于国家秘密"), texts(r.labels()));
        assertEquals(List.of("0", "1", "2"), texts(r.values()));
    }

    @Test
    void blankFirstValueKeepsItsPlace() {
        RowCells r = row("1.属于国家秘密", "", "0", "3");
        assertEquals(List.of("", "0", "3"), texts(r.values()));
    }

    @Test
    void placeholderIsAValueNotALabel() {
        RowCells r = row("行政许可", "—", "5");
        assertEquals(List.of("行政许可"), texts(r.labels()));
        assertEquals(List.of("—", "5"), texts(r.values()));
    }

    @Test
    void rowWithoutLabelsIsAllValues() {
        RowCells r = row("", "1", "0", "0", "4");
        assertEquals(0, r.labels().size());
        assertEquals(List.of("", "1", "0", "0", "4"), texts(r.values()));
    }

    @Test
    void shortRowLeavesLaterPositionsEmpty() {
        RowCells r = row("2.重复申请", "3", "1");
        assertEquals("1", r.value(1).text());
        assertNull(r.value(2));
    }
}
