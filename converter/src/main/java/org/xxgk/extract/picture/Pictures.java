package org.xxgk.extract.picture;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.xxgk.grid.PictureSource;

/**
 * Pictures decoded from their files' bytes (PNG, JPEG, TIFF, BMP, GIF: what Java reads), safely:
 * the size a picture declares is read first, and one declaring more pixels than
 * {@value #MAX_PIXELS} is read at a fraction of its resolution, so that a small file claiming to
 * be an enormous picture cannot take the memory.
 */
public final class Pictures {

    /** Pixels a decoded picture may have: a 600 dpi A3 scan has 70 million. */
    static final long MAX_PIXELS = 80_000_000L;

    private Pictures() {
    }

    /** A source decoding the first picture in the bytes; it gives null when Java cannot read the format (EMF, WMF, SVG). */
    public static PictureSource of(byte[] bytes) {
        return () -> frame(bytes, 0);
    }

    /** How many pictures (pages) the file holds: a TIFF may hold many; 0 when it cannot be read. */
    public static int frames(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = reader(in);
            if (reader == null) {
                return 0;
            }
            try {
                reader.setInput(in, false, true);
                return reader.getNumImages(true);
            } finally {
                reader.dispose();
            }
        }
    }

    /** Picture {@code index} (0-based) of the file, or null when its format cannot be read. */
    public static BufferedImage frame(byte[] bytes, int index) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = reader(in);
            if (reader == null) {
                return null;
            }
            try {
                reader.setInput(in, false, true);
                long pixels = (long) reader.getWidth(index) * reader.getHeight(index);
                ImageReadParam param = reader.getDefaultReadParam();
                if (pixels > MAX_PIXELS) {
                    int step = (int) Math.ceil(Math.sqrt((double) pixels / MAX_PIXELS));
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                return reader.read(index, param);
            } finally {
                reader.dispose();
            }
        } catch (RuntimeException e) {
            throw new IOException("the picture cannot be decoded", e);
        }
    }

    /** Whether the first picture decodes to the end (read coarsely: a truncated file fails all the same). */
    static boolean decodes(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = reader(in);
            if (reader == null) {
                return false;
            }
            try {
                reader.setInput(in, false, true);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(8, 8, 0, 0);
                return reader.read(0, param) != null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Every picture of the file as a source of its own. */
    public static List<PictureSource> all(byte[] bytes, int count) {
        List<PictureSource> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            out.add(() -> frame(bytes, index));
        }
        return out;
    }

    private static ImageReader reader(ImageInputStream in) {
        if (in == null) {
            return null;
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        return readers.hasNext() ? readers.next() : null;
    }
}
