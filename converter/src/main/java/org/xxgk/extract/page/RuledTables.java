package org.xxgk.extract.page;

import java.util.ArrayList;
import java.util.List;
import technology.tabula.Cell;
import technology.tabula.Rectangle;
import technology.tabula.Ruling;
import technology.tabula.Table;
import technology.tabula.TableWithRulingLines;
import technology.tabula.Utils;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * Tabula's lattice algorithm for the cells' rectangles only: the same steps as tabula-java
 * 1.0.5's {@code SpreadsheetExtractionAlgorithm.extract(page, rulings)} (rulings collapsed, cells
 * found where they cross, cells grouped into tables, tables in Tabula's order) less the one that
 * fills every cell with its words (a spatial-index lookup and a word merge per cell, a fifth of
 * the lattice work). {@link LatticeTables} places its own glyphs in the cells by their
 * baselines, so Tabula's words were never read.
 */
final class RuledTables {

    /** Only named by the tables it makes. */
    private static final SpreadsheetExtractionAlgorithm LATTICE = new SpreadsheetExtractionAlgorithm();

    private RuledTables() {
    }

    static List<Table> of(List<Ruling> rulings) {
        List<Ruling> horizontal = new ArrayList<>();
        List<Ruling> vertical = new ArrayList<>();
        for (Ruling r : rulings) {
            if (r.horizontal()) {
                horizontal.add(r);
            } else if (r.vertical()) {
                vertical.add(r);
            }
        }
        horizontal = Ruling.collapseOrientedRulings(horizontal);
        vertical = Ruling.collapseOrientedRulings(vertical);
        List<Cell> cells = SpreadsheetExtractionAlgorithm.findCells(horizontal, vertical);
        List<Table> tables = new ArrayList<>();
        for (Rectangle area : SpreadsheetExtractionAlgorithm.findSpreadsheetsFromCells(cells)) {
            List<Cell> inArea = new ArrayList<>();
            for (Cell c : cells) {
                if (c.intersects(area)) {
                    inArea.add(c);
                }
            }
            tables.add(new TableWithRulingLines(area, inArea, crossing(horizontal, area), crossing(vertical, area), LATTICE));
        }
        Utils.sort(tables, Rectangle.ILL_DEFINED_ORDER);
        return tables;
    }

    private static List<Ruling> crossing(List<Ruling> rulings, Rectangle area) {
        List<Ruling> out = new ArrayList<>();
        for (Ruling r : rulings) {
            if (area.intersectsLine(r)) {
                out.add(r);
            }
        }
        return out;
    }
}
