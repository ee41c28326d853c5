package org.xxgk.extract.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.xxgk.grid.Block;
import org.xxgk.grid.ExtractedDocument;
import org.xxgk.grid.Provenance;

/**
 * Reads the pages of any fixed-layout document (PDF, OFD, OCR'd pictures) into blocks, the same
 * way whatever drew them: tables from ruling lines (Tabula's lattice algorithm) or, without lines,
 * from where their text stands; the other text as lines joined into paragraphs, page numbers and
 * running headers removed; and on a page without tables, large pictures standing for tables.
 */
public final class FixedLayout {

    /**
     * A picture covering this much of a page, on a page without tables, stands for a table or a
     * scanned page; smaller ones are logos and seals.
     */
    private static final double TABLE_PICTURE_FRACTION = 0.1;
    /** A picture this much of the page's width, and covering this much of it, is a band that may be a short table. */
    private static final double WIDE_FRACTION = 0.5;
    private static final double BAND_FRACTION = 0.02;

    private FixedLayout() {
    }

    public static ExtractedDocument read(List<PageModel> pages) {
        List<Block> blocks = new ArrayList<>();
        readPages(pages).forEach(blocks::addAll);
        return new ExtractedDocument(blocks, pages.size());
    }

    /**
     * The blocks of each page, in reading order (a paragraph running on to the next page counts
     * with the page where it was finished).
     */
    public static List<List<Block>> readPages(List<PageModel> pages) {
        List<List<TextLine>> lines = new ArrayList<>();
        List<List<TableRegion>> tables = new ArrayList<>();
        List<Double> heights = new ArrayList<>();
        List<List<Picture>> pictures = new ArrayList<>();
        for (PageModel page : pages) {
            Provenance p = page.at();
            List<TableRegion> pageTables = LatticeTables.find(page.tabula(), p);
            if (pageTables.isEmpty()) {
                pageTables = StreamTables.find(page.glyphs(), p);
            }
            tables.add(pageTables);
            lines.add(TextLines.of(page.glyphs(), pageTables, p));
            heights.add((double) page.height());
            double pageArea = (double) page.width() * page.height();
            pictures.add(pageTables.isEmpty()
                    ? page.pictures().stream().filter(x -> mayBeTable(x, page.width(), pageArea))
                            .sorted(Comparator.comparingDouble(Picture::top)).toList()
                    : List.of());
        }
        lines = PageFurniture.remove(lines, heights);
        return inReadingOrder(pages, lines, tables, pictures);
    }

    /** Large, or a wide band (a short table, two rows of a picture): a seal or a logo is neither. */
    private static boolean mayBeTable(Picture picture, double pageWidth, double pageArea) {
        return picture.area() >= TABLE_PICTURE_FRACTION * pageArea
                || (picture.right() - picture.left() >= WIDE_FRACTION * pageWidth && picture.area() >= BAND_FRACTION * pageArea);
    }

    /** Where full lines end: most lines reach it; a few (overhanging punctuation) pass it. */
    private static double rightMargin(List<TextLine> lines) {
        double[] rights = lines.stream().mapToDouble(TextLine::right).sorted().toArray();
        return rights.length == 0 ? 0 : rights[(int) Math.floor(0.8 * (rights.length - 1))];
    }

    /** The usual distance between consecutive baselines on a page (the median), or 0 if unknown. */
    private static double linePitch(List<TextLine> lines) {
        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            double gap = lines.get(i).bottom() - lines.get(i - 1).bottom();
            if (gap > 0) {
                gaps.add(gap);
            }
        }
        if (gaps.isEmpty()) {
            return 0;
        }
        gaps.sort(Double::compare);
        return gaps.get(gaps.size() / 2);
    }

    /** Paragraphs, tables and images of all pages, top to bottom, page after page. */
    private static List<List<Block>> inReadingOrder(List<PageModel> pages, List<List<TextLine>> lines, List<List<TableRegion>> tables,
                                                    List<List<Picture>> pictures) {
        List<Block> blocks = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        Paragraphs paragraphs = new Paragraphs(blocks);
        for (int p = 0; p < lines.size(); p++) {
            starts.add(blocks.size());
            List<Object> items = new ArrayList<>(lines.get(p));
            items.addAll(tables.get(p));
            items.addAll(pictures.get(p));
            items.sort(Comparator.comparingDouble(item -> item instanceof TextLine l ? l.top()
                    : item instanceof TableRegion t ? t.top() : ((Picture) item).top()));
            double left = lines.get(p).stream().mapToDouble(TextLine::left).min().orElse(0);
            double right = rightMargin(lines.get(p));
            double pitch = linePitch(lines.get(p));
            for (Object item : items) {
                if (item instanceof TextLine line) {
                    paragraphs.add(line, left, right, pitch);
                } else if (item instanceof TableRegion table) {
                    paragraphs.flush();
                    blocks.add(new Block.Table(table.grid(), table.page()));
                } else {
                    paragraphs.flush();
                    blocks.add(new Block.Image(pages.get(p).at(), ((Picture) item).source()));
                }
            }
        }
        paragraphs.flush();
        List<List<Block>> perPage = new ArrayList<>();
        for (int p = 0; p < starts.size(); p++) {
            perPage.add(List.copyOf(blocks.subList(starts.get(p), p + 1 < starts.size() ? starts.get(p + 1) : blocks.size())));
        }
        return perPage;
    }
}
