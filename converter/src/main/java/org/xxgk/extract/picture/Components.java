package org.xxgk.extract.picture;

import java.util.ArrayList;
import java.util.List;

/** The connected blots of ink (8-neighbourhood), each by its bounding box and size. */
final class Components {

    /** One blot: its box [left, right) × [top, bottom) and how many pixels it has. */
    record Blot(int left, int top, int right, int bottom, int pixels) {
        int width() {
            return right - left;
        }

        int height() {
            return bottom - top;
        }
    }

    private Components() {
    }

    static List<Blot> of(Ink ink) {
        int w = ink.width;
        int h = ink.height;
        boolean[] seen = new boolean[w * h];
        int[] stack = new int[1024];
        List<Blot> blots = new ArrayList<>();
        for (int start = 0; start < seen.length; start++) {
            if (!ink.dark[start] || seen[start]) {
                continue;
            }
            int left = w;
            int top = h;
            int right = 0;
            int bottom = 0;
            int count = 0;
            int size = 0;
            stack[size++] = start;
            seen[start] = true;
            while (size > 0) {
                int p = stack[--size];
                int x = p % w;
                int y = p / w;
                count++;
                left = Math.min(left, x);
                right = Math.max(right, x + 1);
                top = Math.min(top, y);
                bottom = Math.max(bottom, y + 1);
                for (int dy = -1; dy <= 1; dy++) {
                    int ny = y + dy;
                    if (ny < 0 || ny >= h) {
                        continue;
                    }
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        if (nx < 0 || nx >= w) {
                            continue;
                        }
                        int q = ny * w + nx;
                        if (ink.dark[q] && !seen[q]) {
                            seen[q] = true;
                            if (size == stack.length) {
                                stack = java.util.Arrays.copyOf(stack, stack.length * 2);
                            }
                            stack[size++] = q;
                        }
                    }
                }
            }
            blots.add(new Blot(left, top, right, bottom, count));
        }
        return blots;
    }

    /**
     * The usual height of a character's blot, in pixels: the median over blots of a letter's
     * size (not specks, not ruling lines or pictures). 0 when there is no text.
     */
    static int textHeight(List<Blot> blots, int pageHeight) {
        List<Integer> heights = new ArrayList<>();
        for (Blot b : blots) {
            int bh = b.height();
            int bw = b.width();
            if (bh >= 6 && bh <= pageHeight / 8 && bw <= 3 * bh && b.pixels() >= 12) {
                heights.add(bh);
            }
        }
        if (heights.size() < 5) {
            return 0;
        }
        heights.sort(Integer::compare);
        return heights.get(heights.size() / 2);
    }
}
