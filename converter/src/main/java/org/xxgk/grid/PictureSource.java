package org.xxgk.grid;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Where the pixels of a picture in a document can be had, decoded only when OCR needs them (most
 * pictures are logos and seals that nobody reads).
 */
@FunctionalInterface
public interface PictureSource {

    /** The picture, or null when its format cannot be decoded (a Windows metafile, say). */
    BufferedImage load() throws IOException;
}
