package org.xxgk.grid;

/**
 * A rectangle on a page, origin at its top left, y downwards: in points ({@link #POINTS}) on a
 * PDF or OFD page, in pixels ({@link #PIXELS}) of a picture read by OCR.
 */
public record Box(double x0, double y0, double x1, double y1, String unit) {

    public static final String POINTS = "pt";
    public static final String PIXELS = "px";

    public static Box points(double x0, double y0, double x1, double y1) {
        return new Box(x0, y0, x1, y1, POINTS);
    }
}
