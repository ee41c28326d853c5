package org.xxgk.extract.picture;

/**
 * Removes specks, the dots of dust and noise a scanner or a fax leaves: blots of ink smaller than
 * a decimal point. Left in a cell, they read as digits or stop the engine outright.
 */
final class Specks {

    /** What is left of a piece of a picture once cleaned: its pixels, and the box around its ink (null when none is left). */
    record Cleaned(GrayImage image, int[] inkBox, int ink) {
    }

    /** A blot this close to the edge of the rectangle (pixels) touches it. */
    private static final int EDGE = 2;

    private Specks() {
    }

    /**
     * The rectangle of the picture with every blot of at most {@code maxSpeck} pixels painted
     * white, and every blot at most {@code remnant} pixels thin touching its edge (what is left
     * of a ruling line the eraser missed: text keeps off a cell's borders), and the box around the
     * ink that remains (in the picture's coordinates). {@code remnant} 0 keeps every such blot.
     */
    static Cleaned clean(GrayImage image, Ink ink, int left, int top, int right, int bottom, int maxSpeck, int remnant) {
        left = Math.max(0, left);
        top = Math.max(0, top);
        right = Math.min(ink.width, right);
        bottom = Math.min(ink.height, bottom);
        int w = Math.max(0, right - left);
        int h = Math.max(0, bottom - top);
        GrayImage out = image.crop(left, top, right, bottom, 0);
        boolean[] seen = new boolean[w * h];
        int[] stack = new int[256];
        int[] members = new int[256];
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        int kept = 0;
        for (int start = 0; start < seen.length; start++) {
            if (seen[start] || !ink.at(left + start % w, top + start / w)) {
                continue;
            }
            int size = 0;
            int count = 0;
            int bx0 = Integer.MAX_VALUE;
            int by0 = Integer.MAX_VALUE;
            int bx1 = -1;
            int by1 = -1;
            stack[size++] = start;
            seen[start] = true;
            while (size > 0) {
                int p = stack[--size];
                if (count == members.length) {
                    members = java.util.Arrays.copyOf(members, members.length * 2);
                }
                members[count++] = p;
                int x = p % w;
                int y = p / w;
                bx0 = Math.min(bx0, x);
                bx1 = Math.max(bx1, x);
                by0 = Math.min(by0, y);
                by1 = Math.max(by1, y);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (nx < 0 || ny < 0 || nx >= w || ny >= h) {
                            continue;
                        }
                        int q = ny * w + nx;
                        if (!seen[q] && ink.at(left + nx, top + ny)) {
                            seen[q] = true;
                            if (size == stack.length) {
                                stack = java.util.Arrays.copyOf(stack, stack.length * 2);
                            }
                            stack[size++] = q;
                        }
                    }
                }
            }
            boolean atEdge = bx0 <= EDGE || by0 <= EDGE || bx1 >= w - 1 - EDGE || by1 >= h - 1 - EDGE;
            int across = Math.min(bx1 - bx0 + 1, by1 - by0 + 1);
            int along = Math.max(bx1 - bx0 + 1, by1 - by0 + 1);
            // Thin, and long along the edge (a 1 hugging a border is thin too, but short).
            boolean rule = across <= remnant && (along >= 6 * remnant || along >= 0.8 * ((bx1 - bx0 > by1 - by0) ? w : h));
            if (count <= maxSpeck || (atEdge && rule)) {
                for (int i = 0; i < count; i++) {
                    out.pixels[members[i]] = (byte) 255;
                }
            } else {
                kept += count;
                minX = Math.min(minX, bx0);
                minY = Math.min(minY, by0);
                maxX = Math.max(maxX, bx1);
                maxY = Math.max(maxY, by1);
            }
        }
        int[] box = maxX < 0 ? null : new int[] {left + minX, top + minY, left + maxX + 1, top + maxY + 1};
        return new Cleaned(out, box, kept);
    }
}
