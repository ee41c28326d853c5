package org.xxgk.align;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.xxgk.grid.Cell;
import org.xxgk.grid.Reading;
import org.xxgk.grid.Slot;
import org.xxgk.normalize.CellNumber;

/**
 * Splits a table row into its leading label cells and the value cells after them. Values keep
 * their positions: a blank or unreadable value cell stays in its place, so nothing shifts to
 * fill a gap, and a row shorter than the layout simply has no cells for the rest. Where the
 * table's value columns are known ({@link ValueColumns}), the values are the cells in those
 * columns and the labels the cells before them.
 */
public record RowCells(List<Cell> labels, List<Cell> values) {

    /** What publishers print in an empty value cell: dashes, slashes, 无. Not a label. */
    private static final Pattern PLACEHOLDER = Pattern.compile("[-—–－―/／\\\\*×xX…·.。]+|无|空");

    public static RowCells of(List<Slot> row) {
        List<Cell> cells = new ArrayList<>();
        for (Slot slot : row) {
            if (!slot.coveredFromLeft()) {
                cells.add(slot.cell());
            }
        }
        int firstNumber = 0;
        while (firstNumber < cells.size() && !isValue(cells.get(firstNumber))) {
            firstNumber++;
        }
        int lastLabel = -1;
        for (int i = 0; i < firstNumber; i++) {
            if (isLabel(cells.get(i).text())) {
                lastLabel = i;
            }
        }
        return new RowCells(nonBlank(cells.subList(0, lastLabel + 1)), cells.subList(lastLabel + 1, cells.size()));
    }

    /** The row read through the table's value columns, when its numbers stand in them. */
    static RowCells of(List<Slot> row, ValueColumns columns) {
        if (columns == null || !columns.fits(row)) {
            return of(row);
        }
        int first = columns.positions().get(0);
        List<Cell> labels = new ArrayList<>();
        for (int c = 0; c < Math.min(first, row.size()); c++) {
            Slot slot = row.get(c);
            if (!slot.coveredFromLeft() && isLabel(slot.cell().text())) {
                labels.add(slot.cell());
            }
        }
        List<Cell> values = new ArrayList<>();
        for (int c : columns.positions()) {
            if (c >= row.size()) {
                break; // a short row: no cells for the rest
            }
            Slot slot = row.get(c);
            values.add(slot.coveredFromLeft() ? Cell.of("", slot.cell().at()) : slot.cell());
        }
        if (labels.isEmpty() && values.stream().allMatch(Cell::isBlank)) {
            return of(row); // nothing in the value columns: a caption or heading row, read as it stands
        }
        return new RowCells(labels, values);
    }

    public static boolean isLabel(String text) {
        String t = text.strip();
        return !t.isEmpty() && !CellNumber.isNumeric(t) && !PLACEHOLDER.matcher(t).matches();
    }

    private static boolean isValue(Cell cell) {
        return CellNumber.isNumeric(cell.text()) || cell.reading().kind() == Reading.Kind.RUN_TOGETHER;
    }

    private static List<Cell> nonBlank(List<Cell> cells) {
        return cells.stream().filter(c -> !c.isBlank()).toList();
    }

    public boolean hasNumber() {
        return values.stream().anyMatch(RowCells::isValue);
    }

    /** True when the row's values are digits whose separators were lost. */
    public boolean runTogether() {
        return values.stream().anyMatch(c -> c.reading().kind() == Reading.Kind.RUN_TOGETHER);
    }

    /**
     * The value cells for a row of {@code width} values: a row with more cells than that loses
     * blank ones at its ends (the half of a split label cell before the values, padding after).
     */
    public RowCells fitted(int width) {
        List<Cell> v = new ArrayList<>(values);
        while (v.size() > width && isEmpty(v.get(0))) {
            v.remove(0);
        }
        while (v.size() > width && isEmpty(v.get(v.size() - 1))) {
            v.remove(v.size() - 1);
        }
        return new RowCells(labels, v);
    }

    /** A blank cell, or one with a placeholder (-, /, 无) as converters fill empty cells. */
    private static boolean isEmpty(Cell cell) {
        return cell.isBlank() || PLACEHOLDER.matcher(cell.text().strip()).matches();
    }

    /** The value cell at a layout position, or null when the row has no cell there. */
    public Cell value(int index) {
        return index < values.size() ? values.get(index) : null;
    }
}
