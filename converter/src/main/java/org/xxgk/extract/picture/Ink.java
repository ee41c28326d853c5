package org.xxgk.extract.picture;

/**
 * Which pixels are ink: the picture split into dark and light at the grey level that best
 * separates them (Otsu's method), which suits printed pages whatever the scanner's contrast.
 */
final class Ink {

    final int width;
    final int height;
    final boolean[] dark;

    private Ink(int width, int height, boolean[] dark) {
        this.width = width;
        this.height = height;
        this.dark = dark;
    }

    static Ink of(GrayImage image) {
        return at(image, otsu(image));
    }

    /**
     * Ink down to half-way between the text's threshold and the paper: a hairline rule, smeared
     * over two rows of grey by scanning or scaling, is lighter than the text, but still a rule.
     */
    static Ink faint(GrayImage image) {
        int threshold = otsu(image);
        long[] histogram = new long[256];
        for (byte p : image.pixels) {
            histogram[p & 0xFF]++;
        }
        int paper = 255;
        for (int i = Math.max(0, threshold + 1); i < 256; i++) {
            if (histogram[i] > histogram[paper]) {
                paper = i;
            }
        }
        return at(image, threshold < 0 ? threshold : (threshold + paper) / 2);
    }

    private static Ink at(GrayImage image, int threshold) {
        boolean[] dark = new boolean[image.pixels.length];
        for (int i = 0; i < dark.length; i++) {
            dark[i] = (image.pixels[i] & 0xFF) <= threshold;
        }
        return new Ink(image.width, image.height, dark);
    }

    boolean at(int x, int y) {
        return dark[y * width + x];
    }

    /** How many ink pixels the rectangle holds (clipped to the picture). */
    int count(int left, int top, int right, int bottom) {
        int n = 0;
        for (int y = Math.max(0, top); y < Math.min(height, bottom); y++) {
            for (int x = Math.max(0, left); x < Math.min(width, right); x++) {
                if (dark[y * width + x]) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The grey level at or below which a pixel is ink; a blank picture has none. */
    static int otsu(GrayImage image) {
        long[] histogram = new long[256];
        for (byte p : image.pixels) {
            histogram[p & 0xFF]++;
        }
        long total = image.pixels.length;
        double sumAll = 0;
        for (int i = 0; i < 256; i++) {
            sumAll += (double) i * histogram[i];
        }
        double sumDark = 0;
        long countDark = 0;
        double best = -1;
        int threshold = -1;
        for (int t = 0; t < 255; t++) {
            countDark += histogram[t];
            if (countDark == 0) {
                continue;
            }
            long countLight = total - countDark;
            if (countLight == 0) {
                break;
            }
            sumDark += (double) t * histogram[t];
            double meanDark = sumDark / countDark;
            double meanLight = (sumAll - sumDark) / countLight;
            double between = (double) countDark * countLight * (meanDark - meanLight) * (meanDark - meanLight);
            if (between > best) {
                best = between;
                threshold = t;
            }
        }
        return threshold;
    }
}
