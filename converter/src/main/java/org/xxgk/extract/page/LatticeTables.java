package org.xxgk.extract.page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.xxgk.grid.BoxGrids;
import org.xxgk.grid.CellBox;
import org.xxgk.grid.Grid;
import org.xxgk.grid.Provenance;
import org.xxgk.grid.Slot;
import org.xxgk.layout.SectionHeadings;
import technology.tabula.Cell;
import technology.tabula.Page;
import technology.tabula.RectangularTextContainer;
import technology.tabula.Ruling;
import technology.tabula.Table;
import technology.tabula.TextElement;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * Tables drawn with ruling lines, found by Tabula's lattice algorithm. Tabula gives each cell's
 * rectangle ({@link RuledTables}); the grid, with its merged cells, is rebuilt from those
 * rectangles, and each cell's text from the glyphs standing in it.
 */
final class LatticeTables {

    /** Narrower than this, in points, is an artefact of doubled lines, not a cell. */
    private static final double MIN_CELL_SIZE = 4;
    /** A full-width box holding this much text is a ruled line of prose, not a table row. */
    private static final int MIN_PROSE_LENGTH = 16;
    private static final java.util.regex.Pattern SENTENCE = java.util.regex.Pattern.compile("[。；，,;：:！？]");

    private LatticeTables() {
    }

    static List<TableRegion> find(Page page, Provenance pageNumber, BoxFrame frame) {
        List<TableRegion> regions = new ArrayList<>();
        if (page.getHorizontalRulings().size() < 2 || page.getVerticalRulings().size() < 2) {
            return regions;
        }
        GlyphCentres glyphs = new GlyphCentres(page.getText());
        for (Table table : RuledTables.of(OpenEdges.closed(page))) {
            List<CellBox> boxes = withoutProseBands(cells(table, glyphs, pageNumber, frame));
            if (boxes.isEmpty()) {
                continue;
            }
            Grid grid = BoxGrids.toGrid(boxes);
            // A box of ruled lines around a paragraph is not a table: a table has columns.
            if (grid.rowCount() >= 2 && maxColumns(grid) >= 2) {
                regions.add(new TableRegion(grid,
                        boxes.stream().mapToDouble(CellBox::left).min().orElseThrow(),
                        boxes.stream().mapToDouble(CellBox::top).min().orElseThrow(),
                        boxes.stream().mapToDouble(CellBox::right).max().orElseThrow(),
                        boxes.stream().mapToDouble(CellBox::bottom).max().orElseThrow(), pageNumber));
            }
        }
        return regions;
    }

    /**
     * The cells the ruling lines of a page enclose, before any text is placed: where a picture's
     * text must be read cell by cell. Rectangles in points, top to bottom.
     */
    static List<java.awt.geom.Rectangle2D> ruledCells(Page page) {
        List<java.awt.geom.Rectangle2D> out = new ArrayList<>();
        if (page.getHorizontalRulings().size() < 2 || page.getVerticalRulings().size() < 2) {
            return out;
        }
        List<Ruling> rulings = OpenEdges.closed(page);
        List<Ruling> horizontal = rulings.stream().filter(Ruling::horizontal).toList();
        List<Ruling> vertical = rulings.stream().filter(Ruling::vertical).toList();
        List<Cell> found = SpreadsheetExtractionAlgorithm.findCells(horizontal, vertical);
        for (Cell cell : found) {
            if (cell.getWidth() > MIN_CELL_SIZE && cell.getHeight() > MIN_CELL_SIZE && !enclosesOthers(cell, found)) {
                out.add(new java.awt.geom.Rectangle2D.Double(cell.getLeft(), cell.getTop(), cell.getWidth(), cell.getHeight()));
            }
        }
        out.sort(java.util.Comparator.comparingDouble(java.awt.geom.Rectangle2D::getY).thenComparingDouble(java.awt.geom.Rectangle2D::getX));
        return out;
    }

    /** Each cell's rectangle, text and reading; its provenance has the rectangle as its box. */
    private static List<CellBox> cells(Table table, GlyphCentres glyphs, Provenance pageNumber, BoxFrame frame) {
        List<CellBox> boxes = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Cell> all = new ArrayList<>();
        table.getRows().forEach(row -> row.stream().filter(Cell.class::isInstance).map(Cell.class::cast).forEach(all::add));
        for (List<RectangularTextContainer> row : table.getRows()) {
            for (RectangularTextContainer c : row) {
                // Doubled ruling lines leave slivers a point or two wide: not cells.
                if (c instanceof Cell cell && cell.getWidth() > MIN_CELL_SIZE && cell.getHeight() > MIN_CELL_SIZE && seen.add(cell)
                        && !enclosesOthers(cell, all)) {
                    List<TextElement> inside = glyphs.inside(cell);
                    boxes.add(new CellBox(cell.getLeft(), cell.getTop(), cell.getRight(), cell.getBottom(),
                            text(inside, pageNumber), pageNumber.withBox(printed(cell, inside, frame)), OcrReadings.of(inside)));
                }
            }
        }
        return boxes;
    }

    /**
     * Where the cell's value is printed: its rectangle, widened where its text runs over a rule
     * (a number too wide for a narrow column). A glyph reaches its type size above its baseline at
     * most, whatever height its font claims.
     */
    private static org.xxgk.grid.Box printed(Cell cell, List<TextElement> inside, BoxFrame frame) {
        double left = cell.getLeft();
        double top = cell.getTop();
        double right = cell.getRight();
        double bottom = cell.getBottom();
        for (TextElement g : inside) {
            if (!g.getText().isBlank()) {
                left = Math.min(left, g.getX());
                right = Math.max(right, g.getX() + g.getWidth());
                top = Math.min(top, Glyphs.baseline(g) - Math.min(g.getHeight(), Math.max(g.getFontSize(), 1)));
                bottom = Math.max(bottom, Glyphs.baseline(g));
            }
        }
        return frame.box(left, top, right, bottom);
    }

    /**
     * True for a rectangle around smaller cells: where a rule misses a segment at a table's open
     * edge, Tabula also reports the box the outer lines make. Cells never nest.
     */
    private static boolean enclosesOthers(Cell cell, List<Cell> cells) {
        double area = cell.getWidth() * cell.getHeight();
        for (Cell other : cells) {
            if (other != cell && other.getWidth() > MIN_CELL_SIZE && other.getHeight() > MIN_CELL_SIZE
                    && other.getWidth() * other.getHeight() < area && cell.contains(other.getCenterX(), other.getCenterY())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Drops the full-width boxes of prose that ruled paragraphs (text printed on lines, or a
     * heading inside the frame) add above or below a table; their text is read as paragraphs.
     */
    private static List<CellBox> withoutProseBands(List<CellBox> boxes) {
        if (boxes.isEmpty()) {
            return boxes;
        }
        double left = boxes.stream().mapToDouble(CellBox::left).min().orElseThrow();
        double right = boxes.stream().mapToDouble(CellBox::right).max().orElseThrow();
        List<CellBox> sorted = new ArrayList<>(boxes);
        sorted.sort(java.util.Comparator.comparingDouble(CellBox::top));
        java.util.function.Predicate<CellBox> prose = b -> b.right() - b.left() >= 0.95 * (right - left) && isProse(b.text());
        while (!sorted.isEmpty() && prose.test(sorted.get(0))) {
            sorted.remove(0);
        }
        while (!sorted.isEmpty() && prose.test(sorted.get(sorted.size() - 1))) {
            sorted.remove(sorted.size() - 1);
        }
        return sorted;
    }

    /** Sentence text or a section heading; table captions such as 第二十条第（一）项 are neither. */
    private static boolean isProse(String text) {
        String compact = text.replaceAll("\\s", "");
        return compact.length() >= MIN_PROSE_LENGTH || SENTENCE.matcher(compact).find() || SectionHeadings.isHeading(compact);
    }

    private static int maxColumns(Grid grid) {
        int max = 0;
        for (List<Slot> row : grid.rows()) {
            max = Math.max(max, (int) row.stream().filter(s -> !s.coveredFromLeft()).count());
        }
        return max;
    }

    /**
     * A page's glyphs by the heights of their centres, so that a cell looks only at the glyphs
     * level with it: testing every glyph against every cell (150 cells by 1,500 glyphs) was the
     * largest single item in a ruled PDF's profile.
     */
    private static final class GlyphCentres {

        private final List<TextElement> glyphs;
        private final double[] x;
        /** Glyph indexes in the order of their centres' heights, and those heights. */
        private final int[] byHeight;
        private final double[] heights;

        GlyphCentres(List<TextElement> glyphs) {
            this.glyphs = glyphs;
            int n = glyphs.size();
            x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = Glyphs.centerX(glyphs.get(i));
                y[i] = Glyphs.centerY(glyphs.get(i));
            }
            byHeight = java.util.stream.IntStream.range(0, n).boxed()
                    .sorted(java.util.Comparator.comparingDouble(i -> y[i])).mapToInt(Integer::intValue).toArray();
            heights = new double[n];
            for (int k = 0; k < n; k++) {
                heights[k] = y[byHeight[k]];
            }
        }

        /** The glyphs standing inside the cell (placed by their baselines, see {@link Glyphs}), in page order. */
        List<TextElement> inside(Cell cell) {
            int from = firstNot(k -> heights[k] < cell.getTop());
            int to = firstNot(k -> heights[k] <= cell.getBottom());
            int[] found = new int[Math.max(0, to - from)];
            int count = 0;
            for (int k = from; k < to; k++) { // level with the cell by the range: only the width to test
                int i = byHeight[k];
                if (x[i] >= cell.getLeft() && x[i] <= cell.getRight()) {
                    found[count++] = i;
                }
            }
            java.util.Arrays.sort(found, 0, count);
            List<TextElement> inside = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                inside.add(glyphs.get(found[k]));
            }
            return inside;
        }

        /** The first position in height order where {@code below} no longer holds (it holds for a prefix). */
        private int firstNot(java.util.function.IntPredicate below) {
            int low = 0;
            int high = heights.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (below.test(middle)) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }

    /** The cell's lines of text; a vertical label, one character per line, stays one label. */
    private static String text(List<TextElement> inside, Provenance page) {
        List<String> lines = new ArrayList<>();
        for (TextLine line : TextLines.group(inside, page)) {
            lines.add(line.text());
        }
        return String.join("\n", lines);
    }
}
