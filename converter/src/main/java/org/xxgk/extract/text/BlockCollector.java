package org.xxgk.extract.text;

import java.util.ArrayList;
import java.util.List;
import org.xxgk.grid.Block;
import org.xxgk.grid.Cell;
import org.xxgk.grid.Grid;
import org.xxgk.grid.Provenance;

/** Collects the paragraphs and table rows a text-dump reader finds, in reading order. */
final class BlockCollector {

    private final List<Block> blocks = new ArrayList<>();
    private final List<List<Cell>> rows = new ArrayList<>();
    private List<Cell> row = new ArrayList<>();
    private Provenance tableStart;

    void paragraph(Line line) {
        endTable();
        if (!line.isBlank()) {
            blocks.add(new Block.Paragraph(line.trimmed(), Provenance.line(line.number())));
        }
    }

    void cell(String text, int lineNumber) {
        if (tableStart == null) {
            tableStart = Provenance.line(lineNumber);
        }
        row.add(Cell.of(text, Provenance.line(lineNumber)));
    }

    /** Appends a wrapped line to the cell most recently started. */
    void continueCell(String text) {
        Cell last = row.remove(row.size() - 1);
        String joined = last.text().isEmpty() ? text : last.text() + "\n" + text;
        row.add(Cell.of(joined, last.at()));
    }

    boolean rowHasCells() {
        return !row.isEmpty();
    }

    int rowSize() {
        return row.size();
    }

    Cell lastCell() {
        return row.get(row.size() - 1);
    }

    void endRow() {
        if (!row.isEmpty()) {
            rows.add(row);
            row = new ArrayList<>();
        }
    }

    void endTable() {
        endRow();
        if (!rows.isEmpty()) {
            blocks.add(new Block.Table(Grid.fromRows(rows), tableStart));
            rows.clear();
        }
        tableStart = null;
    }

    List<Block> finish() {
        endTable();
        return blocks;
    }
}
