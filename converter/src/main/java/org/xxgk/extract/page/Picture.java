package org.xxgk.extract.page;

/** A picture drawn on a page: its box in points, origin top left, y down. */
public record Picture(double left, double top, double right, double bottom) {

    public double area() {
        return Math.max(0, right - left) * Math.max(0, bottom - top);
    }
}
