package org.xxgk.extract.page;

import org.xxgk.normalize.CellNumber;

/** A run of glyphs on one line with no wide gap inside: in a table without lines, one cell's text. */
record Segment(String text, double left, double right, double baseline, double size, org.xxgk.grid.Reading reading) {

    boolean isNumber() {
        return CellNumber.isNumeric(text);
    }

    double center() {
        return (left + right) / 2;
    }
}
