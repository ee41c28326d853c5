package org.xxgk.extract.word;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.xxgk.grid.PlacedCell;
import org.xxgk.grid.Provenance;

/**
 * Reads a binary Word table as placed cells. The format stores no column grid: each row lists
 * its cells with their left edge and width, so the grid is rebuilt from all the edges of the
 * table, and a wide cell spans the columns between its edges.
 */
final class DocTableReader {

    /** Edges closer than this (in twips, 1/1440 inch) are the same column boundary. */
    private static final int EDGE_TOLERANCE = 30;

    private DocTableReader() {
    }

    static List<List<PlacedCell>> placedRows(Table table, int tableNumber) {
        List<Integer> edges = edges(table);
        List<List<PlacedCell>> rows = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            List<PlacedCell> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                if (cell.isMerged() && !cell.isFirstMerged()) {
                    continue; // legacy horizontal merge: the first cell's edges already cover it
                }
                int left = index(edges, cell.getLeftEdge());
                int right = index(edges, cell.getLeftEdge() + cell.getWidth());
                PlacedCell.VerticalMerge merge = !cell.isVerticallyMerged() ? PlacedCell.VerticalMerge.NONE
                        : cell.isFirstVerticallyMerged() ? PlacedCell.VerticalMerge.RESTART : PlacedCell.VerticalMerge.CONTINUE;
                String text = String.join("\n", DocText.lines(cell.text()));
                cells.add(new PlacedCell(left, Math.max(1, right - left), text, merge, Provenance.tableRow(tableNumber, r + 1)));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static List<Integer> edges(Table table) {
        TreeSet<Integer> raw = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                raw.add(cell.getLeftEdge());
                raw.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> merged = new ArrayList<>();
        for (int edge : raw) {
            if (merged.isEmpty() || edge - merged.get(merged.size() - 1) > EDGE_TOLERANCE) {
                merged.add(edge);
            }
        }
        return merged;
    }

    /** The column boundary nearest to an edge. */
    private static int index(List<Integer> edges, int edge) {
        int best = 0;
        for (int i = 1; i < edges.size(); i++) {
            if (Math.abs(edges.get(i) - edge) < Math.abs(edges.get(best) - edge)) {
                best = i;
            }
        }
        return best;
    }
}
