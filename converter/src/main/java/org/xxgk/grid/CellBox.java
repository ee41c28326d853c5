package org.xxgk.grid;

/** A table cell known by its rectangle on a page, as ruling lines drew it. */
public record CellBox(double left, double top, double right, double bottom, String text, Provenance at) {
}
