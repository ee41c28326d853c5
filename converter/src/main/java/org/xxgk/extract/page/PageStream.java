package org.xxgk.extract.page;

import java.util.ArrayList;
import java.util.List;
import org.xxgk.grid.Block;
import org.xxgk.grid.ExtractedDocument;

/**
 * Reads a fixed-layout document page by page as its pages are made: each page's tables and
 * lines are found as soon as it is added, and only those are kept, not the page. A reader that
 * makes pages one at a time (the PDF scanner) so never holds more than one page's glyphs; a
 * 100-page report held all of them, and Tabula's index of each, until the last page was read.
 */
public final class PageStream {

    private final List<ReadPage> read = new ArrayList<>();

    /** Reads the page's tables and lines now; the page itself is not kept. */
    public void add(PageModel page) {
        read.add(ReadPage.of(page));
    }

    /**
     * The blocks of each page added, in reading order, once all are in (a paragraph running on to
     * the next page counts with the page where it was finished).
     */
    public List<List<Block>> blocksByPage() {
        return ReadingOrder.of(read);
    }

    /** The document made of the pages added. */
    public ExtractedDocument document() {
        List<Block> blocks = new ArrayList<>();
        blocksByPage().forEach(blocks::addAll);
        return new ExtractedDocument(blocks, read.size());
    }
}
