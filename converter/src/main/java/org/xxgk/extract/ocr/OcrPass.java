package org.xxgk.extract.ocr;

/**
 * How a picture is read. Text (Simplified Chinese, a block of lines) for labels, headings and
 * paragraphs. Value cells are read twice more, digits only and as one line, so that a 0 cannot
 * come back as 〇 or O and a 1 as l or 丨: once with the English model, which reads lone Latin
 * digits far better than the Chinese one, and once with the Chinese model as a cross-check.
 */
public enum OcrPass {
    /** A block of Chinese text, one or more lines. */
    TEXT,
    /** One line of digits, English model. */
    DIGITS,
    /** One line of digits, Chinese model: a second opinion. */
    DIGITS_CROSSCHECK,
    /**
     * One word of digits, English model: for the cells both line passes found empty (the line
     * passes sometimes see nothing in a lone digit).
     */
    DIGITS_WORD
}
