package org.xxgk.extract.picture;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** A picture as grey levels, 0 black to 255 white, row by row: what every step of reading a picture works on. */
final class GrayImage {

    final int width;
    final int height;
    final byte[] pixels;

    GrayImage(int width, int height, byte[] pixels) {
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    /** Any picture in grey; transparent parts count as white paper. */
    static GrayImage of(BufferedImage picture) {
        BufferedImage gray = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, gray.getWidth(), gray.getHeight());
        g.drawImage(picture, 0, 0, null);
        g.dispose();
        return new GrayImage(gray.getWidth(), gray.getHeight(), ((DataBufferByte) gray.getRaster().getDataBuffer()).getData());
    }

    int at(int x, int y) {
        return pixels[y * width + x] & 0xFF;
    }

    /** The picture as Java2D sees it, sharing these pixels. */
    BufferedImage toBufferedImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] target = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(pixels, 0, target, 0, pixels.length);
        return image;
    }

    /** The part within the rectangle (clipped to the picture), with {@code pad} pixels of white around it. */
    GrayImage crop(int left, int top, int right, int bottom, int pad) {
        left = Math.max(0, left);
        top = Math.max(0, top);
        right = Math.min(width, right);
        bottom = Math.min(height, bottom);
        int w = Math.max(1, right - left) + 2 * pad;
        int h = Math.max(1, bottom - top) + 2 * pad;
        byte[] out = new byte[w * h];
        java.util.Arrays.fill(out, (byte) 255);
        for (int y = top; y < bottom; y++) {
            System.arraycopy(pixels, y * width + left, out, (y - top + pad) * w + pad, Math.max(0, right - left));
        }
        return new GrayImage(w, h, out);
    }

    /** A copy with the rectangle painted white. */
    GrayImage whitened(java.util.List<int[]> boxes) {
        byte[] out = pixels.clone();
        for (int[] b : boxes) {
            for (int y = Math.max(0, b[1]); y < Math.min(height, b[3]); y++) {
                java.util.Arrays.fill(out, y * width + Math.max(0, b[0]), y * width + Math.min(width, b[2]), (byte) 255);
            }
        }
        return new GrayImage(width, height, out);
    }

    /**
     * Resized by {@code factor}: averaging the covered pixels when shrinking (no aliasing of thin
     * strokes), bilinear when enlarging.
     */
    GrayImage scaled(double factor) {
        int w = Math.max(1, (int) Math.round(width * factor));
        int h = Math.max(1, (int) Math.round(height * factor));
        byte[] out = new byte[w * h];
        if (factor < 1) {
            double step = 1 / factor;
            for (int y = 0; y < h; y++) {
                int y0 = (int) (y * step);
                int y1 = Math.min(height, Math.max(y0 + 1, (int) ((y + 1) * step)));
                for (int x = 0; x < w; x++) {
                    int x0 = (int) (x * step);
                    int x1 = Math.min(width, Math.max(x0 + 1, (int) ((x + 1) * step)));
                    int sum = 0;
                    for (int yy = y0; yy < y1; yy++) {
                        for (int xx = x0; xx < x1; xx++) {
                            sum += pixels[yy * width + xx] & 0xFF;
                        }
                    }
                    out[y * w + x] = (byte) (sum / ((y1 - y0) * (x1 - x0)));
                }
            }
        } else {
            for (int y = 0; y < h; y++) {
                double sy = Math.min(height - 1, Math.max(0, (y + 0.5) / factor - 0.5));
                for (int x = 0; x < w; x++) {
                    double sx = Math.min(width - 1, Math.max(0, (x + 0.5) / factor - 0.5));
                    out[y * w + x] = (byte) bilinear(sx, sy);
                }
            }
        }
        return new GrayImage(w, h, out);
    }

    /** Each pixel the median of its 3×3 neighbourhood: salt-and-pepper noise gone, strokes kept. */
    GrayImage median3() {
        byte[] out = pixels.clone();
        int[] v = new int[9];
        for (int y = 1; y < height - 1; y++) {
            for (int x = 1; x < width - 1; x++) {
                int k = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    int row = (y + dy) * width + x;
                    v[k++] = pixels[row - 1] & 0xFF;
                    v[k++] = pixels[row] & 0xFF;
                    v[k++] = pixels[row + 1] & 0xFF;
                }
                out[y * width + x] = (byte) median9(v);
            }
        }
        return new GrayImage(width, height, out);
    }

    /** The median of nine values (partial insertion sort: the five smallest). */
    private static int median9(int[] v) {
        for (int i = 0; i < 5; i++) {
            int min = i;
            for (int j = i + 1; j < 9; j++) {
                if (v[j] < v[min]) {
                    min = j;
                }
            }
            int t = v[i];
            v[i] = v[min];
            v[min] = t;
        }
        return v[4];
    }

    /** Turned by {@code degrees} (positive: clockwise as seen) about the centre, same size, uncovered corners white. */
    GrayImage rotated(double degrees) {
        double a = Math.toRadians(degrees);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        double cx = width / 2.0;
        double cy = height / 2.0;
        byte[] out = new byte[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                // Where this output pixel comes from: the inverse rotation.
                double dx = x - cx;
                double dy = y - cy;
                double sx = cos * dx + sin * dy + cx;
                double sy = -sin * dx + cos * dy + cy;
                out[y * width + x] = sx < 0 || sy < 0 || sx > width - 1 || sy > height - 1 ? (byte) 255 : (byte) bilinear(sx, sy);
            }
        }
        return new GrayImage(width, height, out);
    }

    private int bilinear(double x, double y) {
        int x0 = (int) x;
        int y0 = (int) y;
        int x1 = Math.min(width - 1, x0 + 1);
        int y1 = Math.min(height - 1, y0 + 1);
        double fx = x - x0;
        double fy = y - y0;
        double top = at(x0, y0) * (1 - fx) + at(x1, y0) * fx;
        double bottom = at(x0, y1) * (1 - fx) + at(x1, y1) * fx;
        return (int) Math.round(top * (1 - fy) + bottom * fy);
    }
}
