package org.xxgk.grid;

/** A table cell known by its rectangle on a page, as ruling lines drew it, with its text and how sure that text is. */
public record CellBox(double left, double top, double right, double bottom, String text, Provenance at, Reading reading) {

    public CellBox(double left, double top, double right, double bottom, String text, Provenance at) {
        this(left, top, right, bottom, text, at, Reading.EXACT);
    }
}
