package org.xxgk.extract.page;

import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import technology.tabula.Ruling;

/**
 * Ruling lines from the straight paths a page draws, the same for every fixed-layout format.
 * A thin filled or stroked rectangle (how many writers draw a table rule) is one line along its
 * middle, as the eye sees it; its four edges would be two lines a hair apart whose ends miss the
 * rules they meet. Any other path gives a ruling per straight segment.
 */
public final class Rulings {

    /** Shorter than this, in points, a segment is no rule. */
    private static final double MIN_LENGTH = 0.01;
    /** A rectangle this thin, in points, is a line. */
    private static final double MAX_RULE_THICKNESS = 2;

    private Rulings() {
    }

    /** Adds the rulings of one subpath (points in page space, y down), within the clip when one is given. */
    public static void add(List<Point2D> points, boolean closed, Rectangle2D clip, List<Ruling> out) {
        if (points.size() == 4 || (points.size() == 5 && points.get(0).distance(points.get(4)) < MIN_LENGTH)) {
            Rectangle2D box = rectangle(points);
            if (box != null && Math.min(box.getWidth(), box.getHeight()) <= MAX_RULE_THICKNESS) {
                if (box.getWidth() >= box.getHeight()) {
                    double y = box.getCenterY();
                    segment(new Point2D.Double(box.getMinX(), y), new Point2D.Double(box.getMaxX(), y), clip, out);
                } else {
                    double x = box.getCenterX();
                    segment(new Point2D.Double(x, box.getMinY()), new Point2D.Double(x, box.getMaxY()), clip, out);
                }
                return;
            }
        }
        for (int i = 1; i < points.size(); i++) {
            segment(points.get(i - 1), points.get(i), clip, out);
        }
        if (closed && points.size() > 2) {
            segment(points.get(points.size() - 1), points.get(0), clip, out);
        }
    }

    /** The axis-aligned rectangle four corners make, or null when they make none. */
    private static Rectangle2D rectangle(List<Point2D> points) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            Point2D p = points.get(i);
            minX = Math.min(minX, p.getX());
            maxX = Math.max(maxX, p.getX());
            minY = Math.min(minY, p.getY());
            maxY = Math.max(maxY, p.getY());
        }
        for (int i = 0; i < 4; i++) {
            Point2D p = points.get(i);
            boolean onX = Math.abs(p.getX() - minX) < MIN_LENGTH || Math.abs(p.getX() - maxX) < MIN_LENGTH;
            boolean onY = Math.abs(p.getY() - minY) < MIN_LENGTH || Math.abs(p.getY() - maxY) < MIN_LENGTH;
            Point2D next = points.get((i + 1) % 4);
            boolean axisAligned = Math.abs(p.getX() - next.getX()) < MIN_LENGTH || Math.abs(p.getY() - next.getY()) < MIN_LENGTH;
            if (!onX || !onY || !axisAligned) {
                return null;
            }
        }
        return new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY);
    }

    private static void segment(Point2D a, Point2D b, Rectangle2D clip, List<Ruling> out) {
        Line2D.Double line = new Line2D.Double(a, b);
        if (clip != null && !line.intersects(clip)) {
            return;
        }
        boolean ordered = a.getY() < b.getY() || (a.getY() == b.getY() && a.getX() <= b.getX());
        Ruling ruling = new Ruling(ordered ? a : b, ordered ? b : a);
        if (clip != null) {
            ruling = ruling.intersect(clip);
        }
        if (ruling.length() > MIN_LENGTH) {
            out.add(ruling);
        }
    }
}
