package org.xxgk.grid;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns rows of {@link PlacedCell}s (each knows its grid column and whether it continues a
 * vertical merge) into the source rows {@link Grid#fromRows} takes: a merge's first cell gets the
 * row span of the cells continuing it, the continuing cells are dropped, and columns a row skips
 * (Word's gridBefore, a missing cell) become blank cells so that nothing shifts left.
 */
public final class VerticalMerges {

    private VerticalMerges() {
    }

    public static List<List<Cell>> resolve(List<List<PlacedCell>> rows) {
        List<List<Cell>> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> row = new ArrayList<>();
            int expected = 0;
            for (PlacedCell cell : rows.get(r)) {
                boolean continues = cell.merge() == PlacedCell.VerticalMerge.CONTINUE && startsAbove(rows, r, cell.column());
                if (!continues && cell.column() > expected) {
                    row.add(new Cell("", 1, cell.column() - expected, cell.at()));
                }
                if (!continues) {
                    int rowSpan = cell.merge() == PlacedCell.VerticalMerge.RESTART ? 1 + continuing(rows, r, cell.column()) : 1;
                    row.add(new Cell(cell.text(), rowSpan, cell.colSpan(), cell.at()));
                }
                expected = Math.max(expected, cell.column() + cell.colSpan());
            }
            out.add(row);
        }
        return out;
    }

    /** How many rows below {@code r} continue the merge started at this column. */
    private static int continuing(List<List<PlacedCell>> rows, int r, int column) {
        int count = 0;
        for (int k = r + 1; k < rows.size() && at(rows.get(k), column) == PlacedCell.VerticalMerge.CONTINUE; k++) {
            count++;
        }
        return count;
    }

    /** True when an unbroken run of continuing cells above leads to a merge start in this column. */
    private static boolean startsAbove(List<List<PlacedCell>> rows, int r, int column) {
        for (int k = r - 1; k >= 0; k--) {
            PlacedCell.VerticalMerge above = at(rows.get(k), column);
            if (above == PlacedCell.VerticalMerge.RESTART) {
                return true;
            }
            if (above != PlacedCell.VerticalMerge.CONTINUE) {
                return false;
            }
        }
        return false;
    }

    private static PlacedCell.VerticalMerge at(List<PlacedCell> row, int column) {
        for (PlacedCell cell : row) {
            if (cell.column() == column) {
                return cell.merge();
            }
        }
        return null;
    }
}
