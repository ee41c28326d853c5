package org.xxgk.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VerticalMergesTest {

    private static PlacedCell p(int column, int span, String text, PlacedCell.VerticalMerge merge) {
        return new PlacedCell(column, span, text, merge, Provenance.line(1));
    }

    /** A column merged down 20,000 rows: one cell spanning them all, worked out in one pass. */
    @Test
    void longMergeIsOneCell() {
        List<List<PlacedCell>> rows = new ArrayList<>();
        for (int r = 0; r < 20_000; r++) {
            rows.add(List.of(p(0, 1, "label" + r, r == 0 ? PlacedCell.VerticalMerge.RESTART : PlacedCell.VerticalMerge.CONTINUE),
                    p(1, 1, String.valueOf(r), PlacedCell.VerticalMerge.NONE)));
        }
        List<List<Cell>> out = VerticalMerges.resolve(rows);
        assertEquals(20_000, out.get(0).get(0).rowSpan());
        assertEquals(List.of("1"), out.get(1).stream().map(Cell::text).toList());
    }

    /** Random tables of merges, gaps and spans read as the column-walking reading read them. */
    @Test
    void sameCellsAsWalkingEachColumn() {
        Random random = new Random(7);
        PlacedCell.VerticalMerge[] merges = PlacedCell.VerticalMerge.values();
        for (int t = 0; t < 5_000; t++) {
            List<List<PlacedCell>> rows = new ArrayList<>();
            for (int r = 0, count = 1 + random.nextInt(7); r < count; r++) {
                List<PlacedCell> row = new ArrayList<>();
                int column = random.nextInt(2);
                for (int k = 0, cells = random.nextInt(5); k < cells; k++) {
                    int span = 1 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0);
                    row.add(p(column, span, t + ":" + r + ":" + k, merges[random.nextInt(merges.length)]));
                    column += span + (random.nextInt(5) == 0 ? 1 : 0);
                }
                rows.add(row);
            }
            assertEquals(describe(walkingEachColumn(rows)), describe(VerticalMerges.resolve(rows)), rows::toString);
        }
    }

    private static List<List<String>> describe(List<List<Cell>> rows) {
        return rows.stream().map(row -> row.stream().map(c -> c.text() + "/" + c.rowSpan() + "x" + c.colSpan()).toList()).toList();
    }

    // The reading before it was made linear, kept as the reference.
    private static List<List<Cell>> walkingEachColumn(List<List<PlacedCell>> rows) {
        List<List<Cell>> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> row = new ArrayList<>();
            int expected = 0;
            for (PlacedCell cell : rows.get(r)) {
                boolean continues = cell.merge() == PlacedCell.VerticalMerge.CONTINUE && oldStartsAbove(rows, r, cell.column());
                if (!continues && cell.column() > expected) {
                    row.add(new Cell("", 1, cell.column() - expected, cell.at()));
                }
                if (!continues) {
                    int rowSpan = cell.merge() == PlacedCell.VerticalMerge.RESTART ? 1 + oldContinuing(rows, r, cell.column()) : 1;
                    row.add(new Cell(cell.text(), rowSpan, cell.colSpan(), cell.at()));
                }
                expected = Math.max(expected, cell.column() + cell.colSpan());
            }
            out.add(row);
        }
        return out;
    }

    // How many rows below r continue the merge started at this column.
    private static int oldContinuing(List<List<PlacedCell>> rows, int r, int column) {
        int count = 0;
        for (int k = r + 1; k < rows.size() && at(rows.get(k), column) == PlacedCell.VerticalMerge.CONTINUE; k++) {
            count++;
        }
        return count;
    }

    // True when an unbroken run of continuing cells above leads to a merge start in this column.
    private static boolean oldStartsAbove(List<List<PlacedCell>> rows, int r, int column) {
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
