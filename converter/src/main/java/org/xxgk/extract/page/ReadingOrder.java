package org.xxgk.extract.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.xxgk.grid.Block;

/**
 * The work across pages, once every page is read: page numbers and running headers removed
 * (a header is what repeats on many pages, so all pages must be in), then paragraphs, tables and
 * images top to bottom, page after page, with paragraphs running on across page breaks.
 */
final class ReadingOrder {

    private ReadingOrder() {
    }

    /** The blocks of each page (a paragraph running on to the next page counts with the page where it was finished). */
    static List<List<Block>> of(List<ReadPage> pages) {
        List<List<TextLine>> lines = new ArrayList<>();
        List<Double> heights = new ArrayList<>();
        for (ReadPage page : pages) {
            lines.add(page.lines());
            heights.add(page.height());
        }
        lines = PageFurniture.remove(lines, heights);
        List<Block> blocks = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        Paragraphs paragraphs = new Paragraphs(blocks);
        for (int p = 0; p < pages.size(); p++) {
            starts.add(blocks.size());
            ReadPage page = pages.get(p);
            List<Object> items = new ArrayList<>(lines.get(p));
            items.addAll(page.tables());
            items.addAll(page.pictures());
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
                    blocks.add(new Block.Image(page.at(), ((Picture) item).source()));
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
}
