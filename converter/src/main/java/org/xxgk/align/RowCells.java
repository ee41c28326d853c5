package org.xxgk.align;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.xxgk.grid.Cell;
import org.xxgk.grid.Slot;
import org.xxgk.normalize.CellNumber;

/**
 * Splits a table row into its leading label cells and the value cells after them. Values keep
 * their positions: a blank or unreadable value cell stays in its place, so nothing shifts to
 * fill a gap, and a row shorter than the layout simply has no cells for the rest.
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
        while (firstNumber < cells.size() && !CellNumber.isNumeric(cells.get(firstNumber).text())) {
            firstNumber++;
        }
        int lastLabel = -1;
        for (int i = 0; i < firstNumber; i++) {
            if (isLabel(cells.get(i).text())) {
                lastLabel = i;
            }
        }
        List<Cell> labels = new ArrayList<>();
        for (int i = 0; i <= lastLabel; i++) {
            if (!cells.get(i).isBlank()) {
                labels.add(cells.get(i));
            }
        }
        return new RowCells(labels, cells.subList(lastLabel + 1, cells.size()));
    }

    public static boolean isLabel(String text) {
        String t = text.strip();
        return !t.isEmpty() && !CellNumber.isNumeric(t) && !PLACEHOLDER.matcher(t).matches();
    }

    public boolean hasNumber() {
        return values.stream().anyMatch(c -> CellNumber.isNumeric(c.text()));
    }

    /** The value cell at a layout position, or null when the row has no cell there. */
    public Cell value(int index) {
        return index < values.size() ? values.get(index) : null;
    }
}
