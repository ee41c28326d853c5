package org.xxgk.extract.page;

import org.xxgk.normalize.CellNumber;

/**
 * A run of glyphs on one line with no wide gap inside: in a table without lines, one cell's text.
 * {@code em}: the largest type size among its glyphs, for the box it is printed in.
 */
record Segment(String text, double left, double right, double baseline, double size, double em, org.xxgk.grid.Reading reading) {

    /** Shares of the type size a font's tallest glyphs reach above the baseline and its descenders below. */
    private static final double ASCENT = 1.1;
    private static final double DESCENT = 0.3;

    /** Where the run is printed: from the font's ascent above its baseline to its descenders. */
    org.xxgk.grid.Box box(BoxFrame frame) {
        return frame.box(left, baseline - ASCENT * em, right, baseline + DESCENT * em);
    }

    boolean isNumber() {
        return CellNumber.isNumeric(text);
    }

    double center() {
        return (left + right) / 2;
    }
}
