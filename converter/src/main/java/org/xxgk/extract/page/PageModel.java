package org.xxgk.extract.page;

import java.util.List;
import java.util.function.Supplier;
import technology.tabula.Page;
import technology.tabula.PageDims;
import technology.tabula.RectangleSpatialIndex;
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

    private final int number;
    private final int rotation;
    private final float width;
    private final float height;
    private final List<TextElement> glyphs;
    private final List<Ruling> rulings;
    private final Supplier<List<Picture>> pictures;
    private Page tabula;

    public PageModel(int number, int rotation, float width, float height, List<TextElement> glyphs, List<Ruling> rulings,
                     Supplier<List<Picture>> pictures) {
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

    /** Tabula's model of this page, for its lattice algorithm (built once). */
    Page tabula() {
        if (tabula == null) {
            RectangleSpatialIndex<TextElement> index = new RectangleSpatialIndex<>();
            float minWidth = Float.MAX_VALUE;
            float minHeight = Float.MAX_VALUE;
            for (TextElement g : glyphs) {
                index.add(g);
                minWidth = (float) Math.min(minWidth, g.getWidth());
                minHeight = (float) Math.min(minHeight, g.getHeight());
            }
            tabula = Page.Builder.newInstance()
                    .withPageDims(PageDims.of(0, 0, width, height))
                    .withRotation(rotation)
                    .withNumber(number)
                    .withTextElements(glyphs)
                    .withRulings(rulings)
                    .withMinCharWidth(minWidth)
                    .withMinCharHeight(minHeight)
                    .withIndex(index)
                    .build();
        }
        return tabula;
    }
}
