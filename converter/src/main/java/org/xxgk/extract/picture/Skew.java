package org.xxgk.extract.picture;

/**
 * How far a scanned page is turned: the angle at which the ink falls into the sharpest rows (the
 * projection profile with the largest variance), since printed lines and table rules are all
 * horizontal on the page as printed. Searched within ±{@value #MAX_DEGREES}°, coarse then fine.
 */
final class Skew {

    static final double MAX_DEGREES = 5;
    /** Enough ink pixels to measure the angle; more only cost time. */
    private static final int SAMPLE = 300_000;

    private Skew() {
    }

    /**
     * The angle in degrees (positive: the content is turned clockwise as seen) that {@link
     * GrayImage#rotated} must undo with its negative.
     */
    static double degrees(Ink ink) {
        int total = 0;
        for (boolean d : ink.dark) {
            if (d) {
                total++;
            }
        }
        if (total < 100) {
            return 0;
        }
        int step = Math.max(1, total / SAMPLE);
        int[] xs = new int[total / step + 1];
        int[] ys = new int[xs.length];
        int n = 0;
        int seen = 0;
        for (int i = 0; i < ink.dark.length && n < xs.length; i++) {
            if (ink.dark[i] && seen++ % step == 0) {
                xs[n] = i % ink.width;
                ys[n] = i / ink.width;
                n++;
            }
        }
        double best = 0;
        double bestScore = -1;
        for (double d = -MAX_DEGREES; d <= MAX_DEGREES + 1e-9; d += 0.2) {
            double score = sharpness(xs, ys, n, ink, d);
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        double coarse = best;
        for (double d = coarse - 0.2; d <= coarse + 0.2 + 1e-9; d += 0.02) {
            double score = sharpness(xs, ys, n, ink, d);
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        return Math.round(best * 100) / 100.0;
    }

    /** Sum of squared row counts after turning the content back by {@code degrees}. */
    private static double sharpness(int[] xs, int[] ys, int n, Ink ink, double degrees) {
        double a = Math.toRadians(degrees);
        double sin = Math.sin(a);
        double cos = Math.cos(a);
        int margin = (int) Math.ceil(Math.abs(sin) * ink.width) + 2;
        long[] rows = new long[ink.height + 2 * margin];
        for (int i = 0; i < n; i++) {
            // The row this pixel lies on once the content is turned back.
            int r = (int) Math.round(-sin * xs[i] + cos * ys[i]) + margin;
            if (r >= 0 && r < rows.length) {
                rows[r]++;
            }
        }
        double sum = 0;
        for (long c : rows) {
            sum += (double) c * c;
        }
        return sum;
    }
}
