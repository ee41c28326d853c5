package org.xxgk.grid;

import java.util.ArrayList;
import java.util.List;

/**
 * The format-neutral table every extractor produces: rows of slots, with row and column spans
 * already expanded, so that the aligner never needs to know which format the table came from.
 */
public final class Grid {

    private final List<List<Slot>> rows;

    private Grid(List<List<Slot>> rows) {
        this.rows = rows;
    }

    public List<List<Slot>> rows() {
        return rows;
    }

    public int rowCount() {
        return rows.size();
    }

    /** A grid made of this one's rows followed by another's (a table continued on the next page). */
    public Grid append(Grid other) {
        List<List<Slot>> joined = new ArrayList<>(rows);
        joined.addAll(other.rows);
        return new Grid(List.copyOf(joined));
    }

    /**
     * Expands rows of cells, as a source lists them (a cell covered by a rowspan from above is
     * not listed again), into slots.
     */
    public static Grid fromRows(List<List<Cell>> sourceRows) {
        List<List<Slot>> out = new ArrayList<>();
        // pending[c] = remaining rows a cell from above still covers at column c
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
            // Positions nobody filled (a short row) stay absent rather than invented.
            while (!row.isEmpty() && row.get(row.size() - 1) == null) {
                row.remove(row.size() - 1);
            }
            row.replaceAll(slot -> slot == null ? new Slot(Cell.of("", Provenance.UNKNOWN), true, false) : slot);
            out.add(List.copyOf(row));
        }
        return new Grid(List.copyOf(out));
    }
}
