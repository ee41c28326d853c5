package org.xxgk.extract.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellRangeAddress;
import org.xxgk.LimitExceeded;
import org.xxgk.grid.CellBudget;

/**
 * What one worksheet holds, as it is read (streamed from an .xlsx, or walked in an .xls): the
 * text of its filled cells by row and column, how far its rows and cells reach, and its merged
 * regions. Only filled cells are kept, and they and the rows are counted as they come, so a
 * sheet of millions of rows stops at the limit instead of being held whole.
 */
final class SheetCells {

    /** Sheets wider than this are not report tables; the extra columns are ignored. */
    static final int MAX_COLUMNS = 200;

    private final String name;
    private final int maxRows;
    private final CellBudget filled;
    private final TreeMap<Integer, Map<Integer, String>> texts = new TreeMap<>();
    private final List<CellRangeAddress> merged = new ArrayList<>();
    private int rows;
    private int lastRow = -1;
    private int width;

    /**
     * A sheet named {@code name}, its filled cells counted with the other sheets' in {@code filled}.
     * A report's row holds at least one cell, so a sheet of more rows than the cell limit is
     * refused as soon as its rows pass that many.
     */
    SheetCells(String name, CellBudget filled) {
        this.name = name;
        this.maxRows = filled.max();
        this.filled = filled;
    }

    String name() {
        return name;
    }

    /** A row the sheet lists (it may hold only formatting). */
    void row(int index) {
        if (++rows > maxRows) {
            throw new LimitExceeded("工作表「" + printable(name) + "」的行数超过上限（" + maxRows + "行），不像是一份年度报告", rows);
        }
        lastRow = Math.max(lastRow, index);
    }

    /** A cell the row lists, with its text ("" when blank: a blank cell still widens the sheet). */
    void cell(int row, int column, String text) {
        width = Math.max(width, Math.min(MAX_COLUMNS, column + 1));
        if (!text.isEmpty()) {
            filled.take(1);
            if (column < MAX_COLUMNS) {
                texts.computeIfAbsent(row, r -> new HashMap<>()).put(column, text);
            }
        }
    }

    void merged(CellRangeAddress region) {
        merged.add(region);
    }

    /** The filled cells by row, in row order. */
    TreeMap<Integer, Map<Integer, String>> texts() {
        return texts;
    }

    List<CellRangeAddress> mergedRegions() {
        return merged;
    }

    /** One past the last column any row lists a cell in, at most {@link #MAX_COLUMNS}. */
    int width() {
        return width;
    }

    /** The last row the sheet lists, -1 when it lists none. */
    int lastRow() {
        return lastRow;
    }

    private static String printable(String s) {
        return s.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
