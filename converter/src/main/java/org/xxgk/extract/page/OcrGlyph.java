package org.xxgk.extract.page;

import technology.tabula.TextElement;

/**
 * A word read by OCR, placed on the page like a glyph (points, origin top left): its text, the
 * engine's confidence (0–1), and the other readings other passes gave where they differed. Table cells made of such words carry the uncertainty on to the resolver.
 */
public final class OcrGlyph extends TextElement {

    private final double confidence;
    private final java.util.List<String> alternatives;

    public OcrGlyph(float top, float left, float width, float height, String text, double confidence,
                    java.util.List<String> alternatives) {
        super(top, left, width, height, null, height, text, height / 3, 0);
        this.confidence = confidence;
        this.alternatives = java.util.List.copyOf(alternatives);
    }

    public double confidence() {
        return confidence;
    }

    public java.util.List<String> alternatives() {
        return alternatives;
    }
}
