package org.xxgk.extract.page;

import org.xxgk.normalize.CellNumber;

/**
 * A run of glyphs on one line with no wide gap inside: in a table without lines, one cell's text.
 * {@code em}: the largest type size among its glyphs, for the box it is printed in.
 */
record Segment(String text, double left, double right, double baseline, double size, double em, org.xxgk.grid.Reading reading) {

    /** Share of the type size a line's descenders reach below the baseline. */
    private static final double DESCENT = 0.3;

    /** Where the run is printed: from a full em above its baseline to its descenders. */
    org.xxgk.grid.Box box(BoxFrame frame) {
        return frame.box(left, baseline - em, right, baseline + DESCENT * em);
    }

    boolean isNumber() {
        return CellNumber.isNumeric(text);
    }

    double center() {
        return (left + right) / 2;
    }
}
