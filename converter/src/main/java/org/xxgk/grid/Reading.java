package org.xxgk.grid;

/**
 * How sure the extractor is of a cell's text: read exactly, several values run together with
 * their separators lost (行政规范性文件6233440), or recognised by OCR with a confidence (0–1).
 * Uncertain readings are settled later by the form's arithmetic, never by guessing.
 */
public record Reading(Kind kind, double confidence) {

    public enum Kind { EXACT, RUN_TOGETHER, OCR }

    public static final Reading EXACT = new Reading(Kind.EXACT, 1);
    public static final Reading RUN_TOGETHER = new Reading(Kind.RUN_TOGETHER, 1);

    public static Reading ocr(double confidence) {
        return new Reading(Kind.OCR, confidence);
    }

    public boolean isExact() {
        return kind == Kind.EXACT;
    }
}
