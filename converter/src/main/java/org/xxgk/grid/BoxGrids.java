package org.xxgk.grid;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns cell rectangles into a grid: the distinct edges of all cells are the column and row
 * boundaries, and a cell spans the boundaries between its own edges. This recovers merged
 * cells from the ruling lines alone, whatever drew the table.
 */
public final class BoxGrids {

    /** Edges closer than this, in points, are one boundary (lines drawn a hair apart). */
    private static final double TOLERANCE = 2.5;

    private BoxGrids() {
    }

    public static Grid toGrid(List<CellBox> boxes) {
        Boundaries xs = Boundaries.of(boxes.stream().flatMap(b -> List.of(b.left(), b.right()).stream()).toList(), TOLERANCE);
        Boundaries ys = Boundaries.of(boxes.stream().flatMap(b -> List.of(b.top(), b.bottom()).stream()).toList(), TOLERANCE);
        int rows = Math.max(0, ys.size() - 1);
        int cols = Math.max(0, xs.size() - 1);
        CellBox[][] origin = new CellBox[rows][cols];
        boolean[][] taken = new boolean[rows][cols];
        int[][] span = new int[rows][cols];
        for (CellBox box : boxes) {
            int r0 = ys.nearest(box.top());
            int r1 = Math.max(r0 + 1, ys.nearest(box.bottom()));
            int c0 = xs.nearest(box.left());
            int c1 = Math.max(c0 + 1, xs.nearest(box.right()));
            if (r0 >= rows || c0 >= cols || taken[r0][c0]) {
                continue; // a degenerate or overlapping rectangle adds nothing
            }
            origin[r0][c0] = box;
            span[r0][c0] = ((r1 - r0) << 16) | (c1 - c0);
            for (int r = r0; r < Math.min(r1, rows); r++) {
                for (int c = c0; c < Math.min(c1, cols); c++) {
                    taken[r][c] = true;
                }
            }
        }
        List<List<Cell>> sourceRows = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Cell> row = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                if (origin[r][c] != null) {
                    CellBox b = origin[r][c];
                    row.add(new Cell(b.text(), span[r][c] >>> 16, span[r][c] & 0xFFFF, b.at(), b.reading()));
                } else if (!taken[r][c]) {
                    row.add(new Cell("", 1, 1, Provenance.UNKNOWN)); // a hole in the ruling: a blank cell
                }
            }
            sourceRows.add(row);
        }
        return Grid.fromRows(sourceRows);
    }
}
