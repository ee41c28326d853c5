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
     * not listed again), into slots. For grids made from what is already bounded.
     */
    public static Grid fromRows(List<List<Cell>> sourceRows) {
        return fromRows(sourceRows, CellBudget.unlimited());
    }

    /**
     * The same, each slot counted against {@code budget} as it is made, so that spans that
     * would make millions of slots stop at the limit. A span is clipped at the table's last
     * column that some cell begins in ({@link ColumnExtent}): beyond it there are only the
     * span's own empty columns.
     */
    public static Grid fromRows(List<List<Cell>> sourceRows, CellBudget budget) {
        int width = ColumnExtent.of(sourceRows);
        List<List<Slot>> out = new ArrayList<>();
        // carried[c]: the slot a cell from above still covers column c with, for carriedRows[c] more rows
        List<Slot> carried = new ArrayList<>();
        List<Integer> carriedRows = new ArrayList<>();
        int active = 0; // columns with rows left to cover
        for (List<Cell> sourceRow : sourceRows) {
            List<Slot> row = new ArrayList<>();
            int column = 0;
            int next = 0;
            int ahead = active; // of those, the ones right of this row's position
            // Past its last cell and the last column covered from above, a row has nothing more.
            while (next < sourceRow.size() || ahead > 0) {
                if (column < carried.size() && carriedRows.get(column) > 0) {
                    budget.take(1);
                    row.add(new Slot(carried.get(column).cell(), false, true));
                    carriedRows.set(column, carriedRows.get(column) - 1);
                    ahead--;
                    if (carriedRows.get(column) == 0) {
                        active--;
                    }
                    column++;
                    continue;
                }
                if (next >= sourceRow.size()) {
                    budget.take(1);
                    row.add(null);
                    column++;
                    continue;
                }
                Cell cell = sourceRow.get(next++);
                if (cell.at().table() != null && cell.at().col() == null) {
                    // A cell of a word processor's or web page's table: its column is its place in this grid.
                    cell = new Cell(cell.text(), cell.rowSpan(), cell.colSpan(), cell.at().withCol(column + 1), cell.reading());
                }
                int colSpan = Math.max(1, Math.min(cell.colSpan(), width - column));
                for (int span = 0; span < colSpan; span++) {
                    budget.take(1);
                    Slot slot = new Slot(cell, span == 0, false);
                    row.add(slot);
                    while (carried.size() <= column) {
                        carried.add(null);
                        carriedRows.add(0);
                    }
                    if (carriedRows.get(column) > 0) {
                        ahead--; // a colspan over a column covered from above takes it over
                        active--;
                    }
                    carried.set(column, slot);
                    carriedRows.set(column, cell.rowSpan() - 1);
                    if (cell.rowSpan() > 1) {
                        active++;
                    }
                    column++;
                }
            }
            // Positions nobody filled (a short row) stay absent rather than invented.
            row.replaceAll(slot -> slot == null ? new Slot(Cell.of("", Provenance.UNKNOWN), true, false) : slot);
            out.add(List.copyOf(row));
        }
        return new Grid(List.copyOf(out));
    }
}
