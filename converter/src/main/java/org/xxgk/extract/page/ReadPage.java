package org.xxgk.extract.page;

import java.util.Comparator;
import java.util.List;
import org.xxgk.grid.Provenance;

/**
 * What is left of a page once its table work is done: its tables, the lines of text outside
 * them, the pictures that may stand for tables, and its height. This is all the work across
 * pages needs (running headers and page numbers, paragraphs running on to the next page), so
 * the page's glyphs and rulings can go as soon as it is read.
 */
record ReadPage(Provenance at, double height, List<TextLine> lines, List<TableRegion> tables, List<Picture> pictures) {

    /**
     * A picture covering this much of a page, on a page without tables, stands for a table or a
     * scanned page; smaller ones are logos and seals.
     */
    private static final double TABLE_PICTURE_FRACTION = 0.1;
    /** A picture this much of the page's width, and covering this much of it, is a band that may be a short table. */
    private static final double WIDE_FRACTION = 0.5;
    private static final double BAND_FRACTION = 0.02;

    /** Tables from ruling lines (Tabula's lattice algorithm) or, without lines, from where the text stands. */
    static ReadPage of(PageModel page) {
        Provenance p = page.at();
        List<TableRegion> tables = LatticeTables.find(page.tabula(), p, page.frame());
        if (tables.isEmpty()) {
            tables = StreamTables.find(page.glyphs(), p, page.frame());
        }
        List<TextLine> lines = TextLines.of(page.glyphs(), tables, p);
        double pageArea = (double) page.width() * page.height();
        // Only pages without tables look for pictures: finding them walks the page's content again.
        List<Picture> pictures = tables.isEmpty()
                ? page.pictures().stream().filter(x -> mayBeTable(x, page.width(), pageArea))
                        .sorted(Comparator.comparingDouble(Picture::top)).toList()
                : List.of();
        return new ReadPage(p, page.height(), lines, tables, pictures);
    }

    /** Large, or a wide band (a short table, two rows of a picture): a seal or a logo is neither. */
    private static boolean mayBeTable(Picture picture, double pageWidth, double pageArea) {
        return picture.area() >= TABLE_PICTURE_FRACTION * pageArea
                || (picture.right() - picture.left() >= WIDE_FRACTION * pageWidth && picture.area() >= BAND_FRACTION * pageArea);
    }
}
