package org.xxgk.grid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns rows of {@link PlacedCell}s (each knows its grid column and whether it continues a
 * vertical merge) into the source rows {@link Grid#fromRows} takes: a merge's first cell gets the
 * row span of the cells continuing it, the continuing cells are dropped, and columns a row skips
 * (Word's gridBefore, a missing cell) become blank cells so that nothing shifts left.
 *
 * <p>Whether a cell continues a merge begun above, and how many cells below continue one it
 * begins, are worked out once per row and column (one pass down, one pass up), not by walking
 * the column from every cell: a table of thousands of rows of merged cells costs no more than
 * its cells.
 */
public final class VerticalMerges {

    private VerticalMerges() {
    }

    public static List<List<Cell>> resolve(List<List<PlacedCell>> rows) {
        List<Map<Integer, PlacedCell.VerticalMerge>> states = states(rows);
        List<Map<Integer, Boolean>> startsAbove = startsAbove(states);
        List<Map<Integer, Integer>> continuing = continuing(states);
        List<List<Cell>> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> row = new ArrayList<>();
            int expected = 0;
            for (PlacedCell cell : rows.get(r)) {
                boolean continues = cell.merge() == PlacedCell.VerticalMerge.CONTINUE && startsAbove.get(r).get(cell.column());
                if (!continues && cell.column() > expected) {
                    row.add(new Cell("", 1, cell.column() - expected, cell.at()));
                }
                if (!continues) {
                    int rowSpan = cell.merge() == PlacedCell.VerticalMerge.RESTART ? 1 + continuing.get(r).get(cell.column()) : 1;
                    row.add(new Cell(cell.text(), rowSpan, cell.colSpan(), cell.at()));
                }
                expected = Math.max(expected, cell.column() + cell.colSpan());
            }
            out.add(row);
        }
        return out;
    }

    /** Each row's merge state by column: that of the first cell placed at the column. */
    private static List<Map<Integer, PlacedCell.VerticalMerge>> states(List<List<PlacedCell>> rows) {
        List<Map<Integer, PlacedCell.VerticalMerge>> states = new ArrayList<>();
        for (List<PlacedCell> row : rows) {
            Map<Integer, PlacedCell.VerticalMerge> byColumn = new HashMap<>();
            for (PlacedCell cell : row) {
                byColumn.putIfAbsent(cell.column(), cell.merge());
            }
            states.add(byColumn);
        }
        return states;
    }

    /**
     * For each row and column it has a cell in: true when an unbroken run of continuing cells
     * right above leads up to a merge start in that column.
     */
    private static List<Map<Integer, Boolean>> startsAbove(List<Map<Integer, PlacedCell.VerticalMerge>> states) {
        List<Map<Integer, Boolean>> out = new ArrayList<>();
        for (int r = 0; r < states.size(); r++) {
            Map<Integer, Boolean> row = new HashMap<>();
            for (Integer column : states.get(r).keySet()) {
                PlacedCell.VerticalMerge above = r == 0 ? null : states.get(r - 1).get(column);
                row.put(column, above == PlacedCell.VerticalMerge.RESTART
                        || above == PlacedCell.VerticalMerge.CONTINUE && out.get(r - 1).get(column));
            }
            out.add(row);
        }
        return out;
    }

    /** For each row and column it has a cell in: how many rows right below continue a merge in that column. */
    private static List<Map<Integer, Integer>> continuing(List<Map<Integer, PlacedCell.VerticalMerge>> states) {
        List<Map<Integer, Integer>> out = new ArrayList<>();
        for (int r = 0; r < states.size(); r++) {
            out.add(new HashMap<>());
        }
        for (int r = states.size() - 1; r >= 0; r--) {
            for (Integer column : states.get(r).keySet()) {
                boolean below = r + 1 < states.size() && states.get(r + 1).get(column) == PlacedCell.VerticalMerge.CONTINUE;
                out.get(r).put(column, below ? 1 + out.get(r + 1).get(column) : 0);
            }
        }
        return out;
    }
}
