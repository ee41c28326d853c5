package org.xxgk.extract.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.xxgk.extract.pdf.ScannedPages;
import org.xxgk.testing.TestFiles;
import technology.tabula.Cell;
import technology.tabula.Page;
import technology.tabula.PageDims;
import technology.tabula.RectangleSpatialIndex;
import technology.tabula.RectangularTextContainer;
import technology.tabula.Ruling;
import technology.tabula.Table;
import technology.tabula.TextElement;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * {@link RuledTables} is Tabula's lattice algorithm less the cells' text: on every page of every
 * PDF in testdata it gives the tables Tabula's own extraction gives, each with the same
 * rectangle and the same cells in the same rows (a later Tabula that changed its steps would
 * show here).
 */
class RuledTablesTest {

    @Test
    void sameTablesAndCellsAsTabulasExtraction() throws IOException {
        List<Path> pdfs;
        try (Stream<Path> files = Files.walk(TestFiles.testdata(""))) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        int tables = 0;
        for (Path pdf : pdfs) {
            List<PageModel> pages;
            try {
                pages = ScannedPages.of(Files.readAllBytes(pdf));
            } catch (IOException e) {
                continue; // encrypted or unreadable
            }
            for (PageModel page : pages) {
                Page tabula = page.tabula();
                List<Ruling> rulings = OpenEdges.closed(tabula);
                List<String> ours = describe(RuledTables.of(rulings));
                List<String> theirs = describe(new SpreadsheetExtractionAlgorithm().extract(withIndex(page, tabula), rulings));
                assertEquals(theirs, ours, pdf + " page " + page.number());
                tables += ours.size();
            }
        }
        assertTrue(tables >= 40, "tables compared: " + tables);
    }

    /** Tabula's page with the index of glyphs its cell text needs (xxgk's page has none). */
    private static Page withIndex(PageModel page, Page tabula) {
        RectangleSpatialIndex<TextElement> index = new RectangleSpatialIndex<>();
        page.glyphs().forEach(index::add);
        return Page.Builder.newInstance()
                .withPageDims(PageDims.of(0, 0, page.width(), page.height()))
                .withRotation(tabula.getRotation())
                .withNumber(page.number())
                .withTextElements(page.glyphs())
                .withRulings(page.rulings())
                .withMinCharWidth(tabula.getMinCharWidth())
                .withMinCharHeight(tabula.getMinCharHeight())
                .withIndex(index)
                .build();
    }

    private static List<String> describe(List<? extends Table> tables) {
        List<String> out = new ArrayList<>();
        for (Table table : tables) {
            StringBuilder s = new StringBuilder(box(table));
            for (List<RectangularTextContainer> row : table.getRows()) {
                s.append("\n");
                for (RectangularTextContainer cell : row) {
                    s.append(cell instanceof Cell c ? box(c) : "-").append(' ');
                }
            }
            out.add(s.toString());
        }
        return out;
    }

    private static String box(technology.tabula.Rectangle r) {
        return "[" + r.getLeft() + "," + r.getTop() + " " + r.getWidth() + "x" + r.getHeight() + "]";
    }
}
