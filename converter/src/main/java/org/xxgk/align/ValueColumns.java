package org.xxgk.align;

import java.util.ArrayList;
import java.util.List;
import org.xxgk.grid.Grid;
import org.xxgk.grid.Slot;
import org.xxgk.layout.Field;
import org.xxgk.normalize.CellNumber;
import org.xxgk.normalize.LabelKey;

/**
 * Where a table's value columns are, as grid positions: the columns its header names (自然人 …
 * 总计), so values are read from those columns wherever a row's label cells end, and a blank
 * cell between labels and values (a label cell split in two on a continuation page) is not taken
 * for a value, nor an extra subtotal column for 总计. A part of a table without a header (the rest
 * of a table broken by a page) keeps the header's columns when it is as wide; a rectangular part
 * of another width has its value columns at its right edge.
 */
final class ValueColumns {

    private final List<Integer> positions;
    private final int width;
    /**
     * Named by the header of a grid: numbers in other columns (a 小计 the form does not have) are
     * no reason to doubt it.
     */
    private final boolean named;

    private ValueColumns(List<Integer> positions, int width, boolean named) {
        this.positions = List.copyOf(positions);
        this.width = width;
        this.named = named;
    }

    List<Integer> positions() {
        return positions;
    }

    /** The value columns of one part of a table, given those of the part before it (or null). */
    static ValueColumns of(Grid part, List<Field> fields, ValueColumns before) {
        ValueColumns byHeader = byHeader(part, fields);
        if (byHeader != null) {
            return byHeader;
        }
        int width = width(part);
        if (before != null && before.width == width) {
            return before;
        }
        if (width > fields.size() && isRectangular(part, width)) {
            List<Integer> right = new ArrayList<>();
            for (int c = width - fields.size(); c < width; c++) {
                right.add(c);
            }
            return new ValueColumns(right, width, false);
        }
        return null;
    }

    /** The columns whose header cell is each field's label, left to right, or null when not all are named. */
    private static ValueColumns byHeader(Grid part, List<Field> fields) {
        List<Integer> found = new ArrayList<>();
        int width = width(part);
        for (Field field : fields) {
            String key = LabelKey.of(field.label());
            Integer column = null;
            for (List<Slot> row : part.rows()) {
                if (row.stream().anyMatch(s -> CellNumber.isNumeric(s.cell().text()))) {
                    break; // header rows come before the first row of numbers
                }
                for (int c = found.isEmpty() ? 0 : found.get(found.size() - 1) + 1; c < row.size() && column == null; c++) {
                    if (row.get(c).origin() && LabelKey.of(row.get(c).cell().text()).equals(key)) {
                        column = c;
                    }
                }
                if (column != null) {
                    break;
                }
            }
            if (column == null) {
                return null;
            }
            found.add(column);
        }
        // In a table laid out as a grid (every row as wide) the header's columns hold for every row;
        // in one whose rows run ragged (text that lost its columns) only for rows that keep to them.
        return new ValueColumns(found, width, numberRowsAsWide(part));
    }

    /**
     * True when the row follows these columns: a number in one of them and, unless the header
     * named them, in no other column (a row laid out otherwise is read by itself).
     */
    boolean fits(List<Slot> row) {
        boolean any = false;
        for (int c = 0; c < row.size(); c++) {
            boolean number = !row.get(c).coveredFromLeft() && CellNumber.isNumeric(row.get(c).cell().text());
            if (number && positions.contains(c)) {
                any = true;
            } else if (number && !named) {
                return false;
            }
        }
        return any;
    }

    private static int width(Grid part) {
        return part.rows().stream().mapToInt(List::size).max().orElse(0);
    }

    /** True when every row holding a number is as wide as the others: a grid, not ragged lines. */
    private static boolean numberRowsAsWide(Grid part) {
        return part.rows().stream().filter(r -> r.stream().anyMatch(s -> CellNumber.isNumeric(s.cell().text())))
                .mapToInt(List::size).distinct().count() <= 1;
    }

    private static boolean isRectangular(Grid part, int width) {
        return part.rows().stream().allMatch(r -> r.size() == width);
    }
}
