package org.xxgk.extract.page;

import org.xxgk.grid.Box;

/**
 * How a rectangle of the page model (points, origin top left) is told to a reader: as it is for a
 * PDF or OFD page, in pixels of the source picture for a picture read by OCR (which the page
 * model holds enlarged and straightened).
 */
@FunctionalInterface
public interface BoxFrame {

    BoxFrame POINTS = (left, top, right, bottom) -> Box.points(round(left), round(top), round(right), round(bottom));

    Box box(double left, double top, double right, double bottom);

    /** Hundredths of a unit: finer than any reader's eye, and the same digits on every machine. */
    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
