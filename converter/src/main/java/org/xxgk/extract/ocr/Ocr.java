package org.xxgk.extract.ocr;

import java.awt.image.BufferedImage;
import java.util.List;

/** An OCR engine: reads the words of pictures. */
public interface Ocr {

    /**
     * The words of each picture, in the pictures' order. Interrupting the calling thread stops the
     * engine (the conversion's time limit counts OCR too).
     *
     * @throws OcrException when the engine fails or is stopped
     */
    List<List<OcrWord>> read(List<BufferedImage> pictures, OcrPass pass) throws OcrException;
}
