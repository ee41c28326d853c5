package org.xxgk.extract.ocr;

/**
 * One word the OCR engine read: its text, its box in pixels of the image it was read from, the
 * line it belongs to (block, paragraph and line numbers as the engine counts them) and its
 * confidence, 0–1.
 */
public record OcrWord(String text, int left, int top, int width, int height, int block, int paragraph, int line,
                      double confidence) {

    public int right() {
        return left + width;
    }

    public int bottom() {
        return top + height;
    }

    /** The same word moved by (dx, dy), for a word read from a crop of a larger picture. */
    public OcrWord shifted(int dx, int dy) {
        return new OcrWord(text, left + dx, top + dy, width, height, block, paragraph, line, confidence);
    }
}
