package org.xxgk.grid;

/**
 * One position of the expanded grid. A merged cell fills several slots; only the top-left one
 * is its origin, the others are covered by it.
 */
public record Slot(Cell cell, boolean origin, boolean coveredFromAbove) {

    /** True when this slot continues a cell that started further left in the same row. */
    public boolean coveredFromLeft() {
        return !origin && !coveredFromAbove;
    }
}
