package org.xxgk.extract.page;

import java.util.List;
import java.util.function.Supplier;
import org.xxgk.grid.Provenance;
import technology.tabula.Page;
import technology.tabula.PageDims;
import technology.tabula.Ruling;
import technology.tabula.TextElement;

/**
 * One page of a fixed-layout document (PDF, OFD, a scanned picture) as table reconstruction and
 * reading order need it: the glyphs with their boxes and the ruling lines, in points with the
 * origin at the page's top left and y downwards, and the pictures drawn on it (found only when
 * asked for, since only pages without tables need them). Every fixed-layout extractor builds
 * these and hands them to {@link FixedLayout}; Tabula's own page model is made from it for the
 * lattice algorithm.
 */
public final class PageModel {

    private static final float DEFAULT_CHAR_SIZE = 7;

    private final int number;
    private final int rotation;
    private final float width;
    private final float height;
    private final List<TextElement> glyphs;
    private final List<Ruling> rulings;
    private final Supplier<List<Picture>> pictures;
    private final Provenance at;
    private final BoxFrame frame;
    private Page tabula;

    public PageModel(int number, int rotation, float width, float height, List<TextElement> glyphs, List<Ruling> rulings,
                     Supplier<List<Picture>> pictures) {
        this(number, rotation, width, height, glyphs, rulings, pictures, Provenance.page(number));
    }

    /** A page whose text is to say it came from {@code at} (a picture in a Word file, say) rather than page {@code number}. */
    public PageModel(int number, int rotation, float width, float height, List<TextElement> glyphs, List<Ruling> rulings,
                     Supplier<List<Picture>> pictures, Provenance at) {
        this(number, rotation, width, height, glyphs, rulings, pictures, at, BoxFrame.POINTS);
    }

    /** The same, its boxes told to readers through {@code frame} (the pixels of a picture read by OCR). */
    public PageModel(int number, int rotation, float width, float height, List<TextElement> glyphs, List<Ruling> rulings,
                     Supplier<List<Picture>> pictures, Provenance at, BoxFrame frame) {
        this.at = at;
        this.frame = frame;
        this.number = number;
        this.rotation = rotation;
        this.width = width;
        this.height = height;
        this.glyphs = List.copyOf(glyphs);
        this.rulings = List.copyOf(rulings);
        this.pictures = pictures;
    }

    public int number() {
        return number;
    }

    public Provenance at() {
        return at;
    }

    /** How this page's rectangles are told in provenance. */
    public BoxFrame frame() {
        return frame;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    public List<TextElement> glyphs() {
        return glyphs;
    }

    public List<Ruling> rulings() {
        return rulings;
    }

    public List<Picture> pictures() {
        return pictures.get();
    }

    /** The cells the page's ruling lines enclose, before any text is placed (points, top to bottom). */
    public List<java.awt.geom.Rectangle2D> ruledCells() {
        return LatticeTables.ruledCells(tabula());
    }

    /**
     * Tabula's model of this page, for its lattice algorithm (built once). Without Tabula's index
     * of the glyphs: only Tabula's cell text used it, and xxgk places the glyphs in the cells itself.
     */
    Page tabula() {
        if (tabula == null) {
            float minWidth = Float.MAX_VALUE;
            float minHeight = Float.MAX_VALUE;
            for (TextElement g : glyphs) {
                minWidth = (float) Math.min(minWidth, g.getWidth());
                minHeight = (float) Math.min(minHeight, g.getHeight());
            }
            if (glyphs.isEmpty() || glyphs.stream().allMatch(OcrGlyph.class::isInstance)) {
                // Tabula snaps line ends within a character's size; with no text, or words of OCR
                // (a lone 1 is no measure of the type), its own default.
                minWidth = DEFAULT_CHAR_SIZE;
                minHeight = DEFAULT_CHAR_SIZE;
            }
            tabula = Page.Builder.newInstance()
                    .withPageDims(PageDims.of(0, 0, width, height))
                    .withRotation(rotation)
                    .withNumber(number)
                    .withTextElements(glyphs)
                    .withRulings(rulings)
                    .withMinCharWidth(minWidth)
                    .withMinCharHeight(minHeight)
                    .build();
        }
        return tabula;
    }
}
