package org.xxgk.extract.picture;

import java.util.ArrayList;
import java.util.List;

/**
 * The ruling lines of a picture: long straight runs of ink, horizontal or vertical, as a scanner
 * leaves them (a little broken, a few pixels thick). Runs in neighbouring rows (columns) that
 * overlap make one line; a line is kept when it is long compared with the text (no character
 * stroke or dash is) and thin (no filled box or picture is).
 */
final class RuleLines {

    /** A line: along its length from {@code from} to {@code to}, across it from {@code near} to {@code far} (pixels). */
    record Line(boolean horizontal, int from, int to, int near, int far) {
        int length() {
            return to - from;
        }

        int thickness() {
            return far - near;
        }

        /** The middle across the line. */
        double position() {
            return (near + far) / 2.0;
        }
    }

    private RuleLines() {
    }

    /**
     * The lines at least {@code minLength} long and at most {@code maxThickness} thick; gaps up to
     * {@code maxGap} pixels within a run (noise, a faint stretch) are bridged.
     */
    static List<Line> find(Ink ink, boolean horizontal, int minLength, int maxThickness, int maxGap) {
        int lanes = horizontal ? ink.height : ink.width;
        int along = horizontal ? ink.width : ink.height;
        List<int[]> open = new ArrayList<>(); // from, to, near, far, lastLane
        List<Line> done = new ArrayList<>();
        for (int lane = 0; lane < lanes; lane++) {
            List<int[]> runs = runs(ink, horizontal, lane, along, minLength, maxGap);
            List<int[]> next = new ArrayList<>();
            for (int[] run : runs) {
                int[] joined = null;
                for (int[] line : open) {
                    if (line[4] == lane - 1 && overlap(line[0], line[1], run[0], run[1]) > 0) {
                        joined = line;
                        break;
                    }
                }
                if (joined != null) {
                    joined[0] = Math.min(joined[0], run[0]);
                    joined[1] = Math.max(joined[1], run[1]);
                    joined[3] = lane + 1;
                    joined[4] = lane;
                    open.remove(joined);
                    next.add(joined);
                } else {
                    next.add(new int[] {run[0], run[1], lane, lane + 1, lane});
                }
            }
            for (int[] line : open) {
                finish(line, horizontal, maxThickness, done);
            }
            open = next;
        }
        for (int[] line : open) {
            finish(line, horizontal, maxThickness, done);
        }
        return done;
    }

    private static void finish(int[] line, boolean horizontal, int maxThickness, List<Line> done) {
        if (line[3] - line[2] <= maxThickness) {
            done.add(new Line(horizontal, line[0], line[1], line[2], line[3]));
        }
    }

    /** The runs of ink along one row (column), gaps up to maxGap bridged, at least minLength long. */
    private static List<int[]> runs(Ink ink, boolean horizontal, int lane, int along, int minLength, int maxGap) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        int lastInk = -1;
        for (int i = 0; i < along; i++) {
            boolean dark = horizontal ? ink.at(i, lane) : ink.at(lane, i);
            if (dark) {
                if (start < 0 || i - lastInk - 1 > maxGap) {
                    if (start >= 0 && lastInk + 1 - start >= minLength) {
                        runs.add(new int[] {start, lastInk + 1});
                    }
                    start = i;
                }
                lastInk = i;
            }
        }
        if (start >= 0 && lastInk + 1 - start >= minLength) {
            runs.add(new int[] {start, lastInk + 1});
        }
        return runs;
    }

    private static int overlap(int a0, int a1, int b0, int b1) {
        return Math.min(a1, b1) - Math.max(a0, b0);
    }

    /** The lines without those found twice: a line lying along another, mostly within its length, goes. */
    static List<Line> distinct(List<Line> lines) {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
        List<Line> kept = new ArrayList<>();
        for (Line l : sorted) {
            boolean twice = kept.stream().anyMatch(k -> k.horizontal() == l.horizontal()
                    && Math.abs(k.position() - l.position()) <= Math.max(k.thickness(), l.thickness()) + 1
                    && overlap(k.from(), k.to(), l.from(), l.to()) >= 0.8 * l.length());
            if (!twice) {
                kept.add(l);
            }
        }
        return kept;
    }

    /**
     * The lines that meet a line of the other direction (within {@code tolerance} pixels): a
     * table's rules all do; an underline, a dash or a long stroke standing alone does not.
     */
    static List<Line> crossing(List<Line> lines, int tolerance) {
        List<Line> kept = new ArrayList<>();
        for (Line a : lines) {
            for (Line b : lines) {
                if (a.horizontal() != b.horizontal() && meet(a, b, tolerance)) {
                    kept.add(a);
                    break;
                }
            }
        }
        return kept;
    }

    private static boolean meet(Line a, Line b, int tolerance) {
        // b's position across lies within a's length, and a's position within b's length.
        return b.position() >= a.from() - tolerance && b.position() <= a.to() + tolerance
                && a.position() >= b.from() - tolerance && a.position() <= b.to() + tolerance;
    }

    /**
     * Erases the lines' pixels from the picture (a copy), so the text next to them reads clean;
     * except where a stroke crosses a line (ink just outside the line on both sides that is no
     * other line): there the line is kept, so that a digit printed over a rule keeps its shape.
     */
    static GrayImage erased(GrayImage image, Ink ink, List<Line> lines, int grow) {
        boolean[] band = new boolean[image.width * image.height];
        for (Line l : lines) {
            forEach(l, grow, image, (x, y) -> band[y * image.width + x] = true);
        }
        byte[] out = image.pixels.clone();
        for (Line l : lines) {
            int side = grow + 2;
            for (int i = Math.max(0, l.from() - grow); i < l.to() + grow; i++) {
                boolean crossed = l.horizontal()
                        ? stroke(ink, band, i, l.near() - side, image) && stroke(ink, band, i, l.far() - 1 + side, image)
                        : stroke(ink, band, l.near() - side, i, image) && stroke(ink, band, l.far() - 1 + side, i, image);
                if (crossed) {
                    continue;
                }
                for (int j = l.near() - grow; j < l.far() + grow; j++) {
                    int x = l.horizontal() ? i : j;
                    int y = l.horizontal() ? j : i;
                    if (x >= 0 && y >= 0 && x < image.width && y < image.height) {
                        out[y * image.width + x] = (byte) 255;
                    }
                }
            }
        }
        return new GrayImage(image.width, image.height, out);
    }

    /** Ink at (x, y) that is not part of a line. */
    private static boolean stroke(Ink ink, boolean[] band, int x, int y, GrayImage image) {
        return x >= 0 && y >= 0 && x < image.width && y < image.height && ink.at(x, y) && !band[y * image.width + x];
    }

    private static void forEach(Line l, int grow, GrayImage image, java.util.function.BiConsumer<Integer, Integer> pixel) {
        for (int i = Math.max(0, l.from() - grow); i < Math.min(l.horizontal() ? image.width : image.height, l.to() + grow); i++) {
            for (int j = Math.max(0, l.near() - grow); j < Math.min(l.horizontal() ? image.height : image.width, l.far() + grow); j++) {
                pixel.accept(l.horizontal() ? i : j, l.horizontal() ? j : i);
            }
        }
    }
}
