package org.xxgk.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many columns a table really has: one past the last column at which any of its cells
 * begins. A span reaching beyond that (colspan="100000" on a table of three columns) adds only
 * columns no cell of the table is in, so {@link Grid#fromRows} clips it there.
 *
 * <p>The cells are placed as {@link Grid#fromRows} places them (a cell covered by a rowspan from
 * above pushes the row's next cell to the right, a colspan overwrites what it covers), but the
 * spans are kept as column ranges, not expanded: a span of a thousand columns costs no more
 * than one of one.
 */
final class ColumnExtent {

    /** The columns {@code [start, end)} are covered down to row {@code lastRow}. */
    private record Carry(int end, int lastRow) {
    }

    private final TreeMap<Integer, Carry> carried = new TreeMap<>();

    private ColumnExtent() {
    }

    static int of(List<List<Cell>> rows) {
        return new ColumnExtent().measure(rows);
    }

    private int measure(List<List<Cell>> rows) {
        int lastStart = -1;
        for (int r = 0; r < rows.size(); r++) {
            List<int[]> placed = new ArrayList<>();
            int column = 0;
            for (Cell cell : rows.get(r)) {
                column = pastCovered(column, r);
                lastStart = Math.max(lastStart, column);
                int end = (int) Math.min(Integer.MAX_VALUE, (long) column + cell.colSpan());
                placed.add(new int[] {column, end, r + cell.rowSpan() - 1});
                column = end;
            }
            for (int[] p : placed) {
                cover(p[0], p[1], p[2]);
            }
        }
        return lastStart + 1;
    }

    /** The first column from {@code column} on that no span from above covers in row {@code r}. */
    private int pastCovered(int column, int r) {
        while (true) {
            Map.Entry<Integer, Carry> at = carried.floorEntry(column);
            if (at == null || at.getValue().end() <= column || at.getValue().lastRow() < r) {
                return column;
            }
            column = at.getValue().end();
        }
    }

    /** Columns {@code [start, end)} now carry a cell down to {@code lastRow}, replacing what was there. */
    private void cover(int start, int end, int lastRow) {
        Map.Entry<Integer, Carry> before = carried.lowerEntry(start);
        if (before != null && before.getValue().end() > start) {
            Carry cut = before.getValue();
            carried.put(before.getKey(), new Carry(start, cut.lastRow()));
            if (cut.end() > end) {
                carried.put(end, new Carry(cut.end(), cut.lastRow()));
            }
        }
        for (Integer key : new ArrayList<>(carried.subMap(start, true, end, false).keySet())) {
            Carry inside = carried.remove(key);
            if (inside.end() > end) {
                carried.put(end, new Carry(inside.end(), inside.lastRow()));
            }
        }
        carried.put(start, new Carry(end, lastRow));
    }
}
