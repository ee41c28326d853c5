package org.xxgk.extract.page;

import java.util.List;
import org.xxgk.grid.Block;
import org.xxgk.grid.ExtractedDocument;

/**
 * Reads the pages of any fixed-layout document (PDF, OFD, OCR'd pictures) into blocks, the same
 * way whatever drew them: tables from ruling lines (Tabula's lattice algorithm) or, without lines,
 * from where their text stands; the other text as lines joined into paragraphs, page numbers and
 * running headers removed; and on a page without tables, large pictures standing for tables.
 * For pages already in hand; a reader making pages one at a time hands them to a
 * {@link PageStream} instead, which this uses too.
 */
public final class FixedLayout {

    private FixedLayout() {
    }

    public static ExtractedDocument read(List<PageModel> pages) {
        return streamed(pages).document();
    }

    /**
     * The blocks of each page, in reading order (a paragraph running on to the next page counts
     * with the page where it was finished).
     */
    public static List<List<Block>> readPages(List<PageModel> pages) {
        return streamed(pages).blocksByPage();
    }

    private static PageStream streamed(List<PageModel> pages) {
        PageStream stream = new PageStream();
        pages.forEach(stream::add);
        return stream;
    }
}
