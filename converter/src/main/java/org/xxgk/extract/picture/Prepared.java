package org.xxgk.extract.picture;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A picture made ready to read: grey, at the size Tesseract reads best (characters about
 * {@value #TEXT_HEIGHT} pixels tall), turned straight, rid of noise, its ruling lines found (and,
 * in a copy for the text around the tables, erased).
 */
final class Prepared {

    /** The height, in pixels, a character's blot is brought to (about 300 dpi for 10.5 pt type). */
    static final int TEXT_HEIGHT = 32;
    /**
     * Characters whose blots are smaller than this, in pixels, are too small to read reliably
     * however the picture is enlarged: enlarging adds no detail.
     */
    private static final int MIN_TEXT_HEIGHT = 9;
    /** A blot this small (pixels, as given) is a speck of noise. */
    private static final int SPECK = 4;
    /** Fewer specks than this are dust, not noise. */
    private static final int MIN_SPECKS = 500;
    /** No picture is enlarged or shrunk more than this. */
    private static final double MAX_SCALE = 4;
    /** Pictures larger than this many pixels are shrunk first (a 600 dpi A3 scan is 70 MP). */
    private static final long MAX_PIXELS = 40_000_000L;

    /** The picture straight and at reading size, rules and all: cells are cut from it inside their rules. */
    final GrayImage straight;
    final Ink straightInk;
    /** The same with the rules erased: the text around the tables is read from it. */
    final GrayImage clean;
    final Ink ink;
    final List<RuleLines.Line> lines;
    /** This picture's pixels per pixel of the source picture. */
    final double scale;
    /** How far the source was turned, in degrees (undone here). */
    final double skew;
    final int sourceWidth;
    final int sourceHeight;

    private Prepared(GrayImage straight, Ink straightInk, GrayImage clean, Ink ink, List<RuleLines.Line> lines, double scale,
                     double skew, int sourceWidth, int sourceHeight) {
        this.straight = straight;
        this.straightInk = straightInk;
        this.clean = clean;
        this.ink = ink;
        this.lines = lines;
        this.scale = scale;
        this.skew = skew;
        this.sourceWidth = sourceWidth;
        this.sourceHeight = sourceHeight;
    }

    /**
     * Rectangles of the page model made of this picture ({@code pointsPerPixel} points a pixel of
     * it) told in pixels of the picture as given: turned back and brought back to its size.
     */
    org.xxgk.extract.page.BoxFrame sourceFrame(double pointsPerPixel) {
        double a = Math.toRadians(-skew); // as rotated() turned it
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        double cx = straight.width / 2.0;
        double cy = straight.height / 2.0;
        return (left, top, right, bottom) -> {
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (double[] corner : new double[][] {{left, top}, {right, top}, {left, bottom}, {right, bottom}}) {
                double dx = corner[0] / pointsPerPixel - cx;
                double dy = corner[1] / pointsPerPixel - cy;
                double x = (cos * dx + sin * dy + cx) / scale;
                double y = (-sin * dx + cos * dy + cy) / scale;
                minX = Math.min(minX, x);
                minY = Math.min(minY, y);
                maxX = Math.max(maxX, x);
                maxY = Math.max(maxY, y);
            }
            return new org.xxgk.grid.Box(Math.max(0, Math.floor(minX)), Math.max(0, Math.floor(minY)),
                    Math.min(sourceWidth, Math.ceil(maxX)), Math.min(sourceHeight, Math.ceil(maxY)), org.xxgk.grid.Box.PIXELS);
        };
    }

    /** The picture made ready, or null when its text is too small to read (a thumbnail, a low-resolution screenshot). */
    /**
     * Speckled all over (a noisy scan or fax): most blots are specks of a few pixels, far more
     * than dots and commas make.
     */
    private static boolean noisy(List<Components.Blot> blots) {
        long specks = blots.stream().filter(b -> b.pixels() <= SPECK).count();
        return specks > MIN_SPECKS && specks > blots.size() / 2;
    }

    static Prepared of(BufferedImage picture) {
        GrayImage gray = GrayImage.of(picture);
        double scale = 1;
        long pixels = (long) gray.width * gray.height;
        if (pixels > MAX_PIXELS) {
            scale = Math.sqrt((double) MAX_PIXELS / pixels);
            gray = gray.scaled(scale);
        }
        List<Components.Blot> blots = Components.of(Ink.of(gray));
        boolean noisy = noisy(blots);
        int height = Components.textHeight(blots, gray.height);
        if (height > 0 && height < MIN_TEXT_HEIGHT) {
            return null;
        }
        if (height > 0) {
            double factor = Math.max(1 / MAX_SCALE, Math.min(MAX_SCALE, (double) TEXT_HEIGHT / height));
            if (Math.abs(factor - 1) > 0.15) {
                gray = gray.scaled(factor);
                scale *= factor;
            }
        }
        Ink ink = Ink.of(gray);
        double skew = Skew.degrees(ink);
        if (Math.abs(skew) >= 0.05) {
            gray = gray.rotated(-skew);
            ink = Ink.of(gray);
        }
        List<RuleLines.Line> lines = new ArrayList<>();
        int minLength = 2 * TEXT_HEIGHT + TEXT_HEIGHT / 2;
        int maxThickness = Math.max(4, TEXT_HEIGHT / 4);
        int maxGap = Math.max(2, TEXT_HEIGHT / 10);
        // Rules are looked for twice: in the ink as text is told from paper, and in fainter ink
        // (a hairline smeared grey by scanning), which a grey-filled row can swallow whole.
        for (Ink mask : List.of(ink, Ink.faint(gray))) {
            lines.addAll(RuleLines.find(mask, true, minLength, maxThickness, maxGap));
            lines.addAll(RuleLines.find(mask, false, minLength, maxThickness, maxGap));
        }
        lines = RuleLines.distinct(lines);
        lines = RuleLines.crossing(lines, TEXT_HEIGHT / 4);
        if (noisy) {
            // After the rules are found (a median would thin a hairline away), and at reading
            // size, where strokes are thick enough to keep.
            gray = gray.median3();
        }
        GrayImage clean = lines.isEmpty() ? gray : RuleLines.erased(gray, Ink.of(gray), lines, 1);
        return new Prepared(gray, Ink.of(gray), clean, lines.isEmpty() ? Ink.of(gray) : Ink.of(clean), lines, scale, skew,
                picture.getWidth(), picture.getHeight());
    }
}
