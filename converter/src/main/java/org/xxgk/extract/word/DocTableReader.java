package org.xxgk.extract.word;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.xxgk.grid.Boundaries;
import org.xxgk.grid.PlacedCell;
import org.xxgk.grid.Provenance;

/**
 * Reads a binary Word table as placed cells. The format stores no column grid: each row lists
 * its cells with their left edge and width, so the grid is rebuilt from all the edges of the
 * table, and a wide cell spans the columns between its edges.
 */
final class DocTableReader {

    /** Edges closer than this (in twips, 1/1440 inch) are the same column boundary. */
    private static final double EDGE_TOLERANCE = 30;

    private DocTableReader() {
    }

    static List<List<PlacedCell>> placedRows(Table table, int tableNumber) {
        Boundaries edges = edges(table);
        List<List<PlacedCell>> rows = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            List<PlacedCell> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                if (cell.isMerged() && !cell.isFirstMerged()) {
                    continue; // legacy horizontal merge: the first cell's edges already cover it
                }
                int left = edges.nearest(cell.getLeftEdge());
                int right = edges.nearest(cell.getLeftEdge() + cell.getWidth());
                PlacedCell.VerticalMerge merge = !cell.isVerticallyMerged() ? PlacedCell.VerticalMerge.NONE
                        : cell.isFirstVerticallyMerged() ? PlacedCell.VerticalMerge.RESTART : PlacedCell.VerticalMerge.CONTINUE;
                String text = String.join("\n", DocText.lines(cell.text()));
                cells.add(new PlacedCell(left, Math.max(1, right - left), text, merge, Provenance.tableRow(tableNumber, r + 1)));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static Boundaries edges(Table table) {
        List<Double> raw = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                raw.add((double) cell.getLeftEdge());
                raw.add((double) cell.getLeftEdge() + cell.getWidth());
            }
        }
        return Boundaries.of(raw, EDGE_TOLERANCE);
    }
}
