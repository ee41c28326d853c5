package org.xxgk.extract.page;

import technology.tabula.TextElement;

/**
 * Where a glyph really stands. A glyph's box as PDFBox reports it depends on the font's metrics,
 * which some PDF writers set far too tall for CJK fonts; its baseline (the box's bottom) is
 * reliable, and the visible glyph sits just above it.
 */
final class Glyphs {

    private Glyphs() {
    }

    static double baseline(TextElement g) {
        return g.getY() + g.getHeight();
    }

    static double centerX(TextElement g) {
        return g.getX() + g.getWidth() / 2;
    }

    /** About half an em above the baseline, whatever height the font claims. */
    static double centerY(TextElement g) {
        return baseline(g) - 0.45 * Math.min(g.getHeight(), Math.max(g.getWidth(), 1));
    }

    /** The glyph's size on the page, for tolerances: the smaller of its claimed height and width. */
    static double size(TextElement g) {
        return Math.max(1, Math.min(g.getHeight(), g.getWidth()));
    }
}
