package org.xxgk.grid;

import org.xxgk.LimitExceeded;

/**
 * Counts table cells as a reader makes them, against {@code Limits.maxCells}, so that a file
 * whose spans or rows would make millions of cells stops at the first cell over the limit
 * instead of after the whole grid is built. One budget counts one kind of thing for one document.
 */
public final class CellBudget {

    private final int max;
    private long used;

    public CellBudget(int max) {
        this.max = max;
    }

    /** For grids made from what is already bounded (another grid, a page's glyphs). */
    public static CellBudget unlimited() {
        return new CellBudget(Integer.MAX_VALUE);
    }

    /** The message of the limit, also given when the limit is checked after reading. */
    public static String message(int max) {
        return "表格单元格数量超过上限（" + max + "个），不像是一份年度报告";
    }

    /** Counts {@code cells} more; throws as soon as the count passes the limit. */
    public void take(long cells) {
        used += cells;
        if (used > max) {
            throw new LimitExceeded(message(max), used);
        }
    }

    public long used() {
        return used;
    }

    public int max() {
        return max;
    }
}
