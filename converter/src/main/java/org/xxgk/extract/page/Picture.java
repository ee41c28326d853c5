package org.xxgk.extract.page;

import org.xxgk.grid.PictureSource;

/** A picture drawn on a page: its box in points, origin top left, y down, and how to get its pixels. */
public record Picture(double left, double top, double right, double bottom, PictureSource source) {

    public double area() {
        return Math.max(0, right - left) * Math.max(0, bottom - top);
    }
}
