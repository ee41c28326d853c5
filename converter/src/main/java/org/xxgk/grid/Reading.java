package org.xxgk.grid;

/**
 * How sure the extractor is of a cell's text: read exactly, several values run together with
 * their separators lost (行政规范性文件6233440), or recognised by OCR with a confidence (0–1)
 * and, where other readings of the same picture differed, those other readings. Uncertain
 * readings are settled later by the form's arithmetic, never by guessing.
 */
public record Reading(Kind kind, double confidence, java.util.List<String> alternatives) {

    public enum Kind { EXACT, RUN_TOGETHER, OCR }

    public static final Reading EXACT = new Reading(Kind.EXACT, 1, java.util.List.of());
    public static final Reading RUN_TOGETHER = new Reading(Kind.RUN_TOGETHER, 1, java.util.List.of());

    public Reading {
        alternatives = java.util.List.copyOf(alternatives);
    }

    public static Reading ocr(double confidence, java.util.List<String> alternatives) {
        return new Reading(Kind.OCR, confidence, alternatives);
    }

    public boolean isExact() {
        return kind == Kind.EXACT;
    }
}
