package org.xxgk.extract.sheet;

import java.util.ArrayList;
import java.util.List;
import org.xxgk.grid.Block;
import org.xxgk.grid.Cell;
import org.xxgk.grid.CellBudget;
import org.xxgk.grid.Grid;
import org.xxgk.grid.Provenance;
import org.xxgk.layout.SectionHeadings;

/**
 * The rows of a worksheet (Excel or OpenDocument) as blocks: runs of rows become tables, while a
 * row holding only a section heading or a sentence, and blank rows, separate them; a run of rows
 * that never holds more than one filled cell is lines of text, not a table. The cells of the rows
 * held for a table, and then the table's positions, are counted against the limit as they come.
 */
public final class SheetBlocks {

    /** A lone cell longer than this is a sentence of the report, not a table cell. */
    private static final int MAX_CELL_TEXT = 60;

    private final List<Block> blocks = new ArrayList<>();
    private final List<List<Cell>> table = new ArrayList<>();
    /** The cells of the rows held for tables (a sheet of a million rows is one table until its end). */
    private final CellBudget held;
    /** The positions of the tables made, spans expanded: the document's count. */
    private final CellBudget laidOut;

    public SheetBlocks(CellBudget laidOut) {
        this.laidOut = laidOut;
        this.held = new CellBudget(laidOut.max());
    }

    /** The next row of the sheet, its cells as the sheet lists them (covered cells left out). */
    public void row(List<Cell> cells, Provenance at) {
        List<String> texts = cells.stream().map(Cell::text).filter(t -> !t.isEmpty()).toList();
        boolean separator = texts.isEmpty() || (texts.size() == 1 && isProse(texts.get(0)));
        if (separator) {
            flush();
            if (!texts.isEmpty()) {
                blocks.add(new Block.Paragraph(texts.get(0), at));
            }
        } else {
            held.take(cells.size());
            table.add(cells);
        }
    }

    public List<Block> finish() {
        flush();
        return blocks;
    }

    private void flush() {
        if (table.isEmpty()) {
            return;
        }
        boolean textOnly = table.stream().allMatch(row -> row.stream().filter(c -> !c.isBlank()).count() <= 1);
        if (textOnly) {
            for (List<Cell> row : table) {
                row.stream().filter(c -> !c.isBlank()).findFirst()
                        .ifPresent(c -> blocks.add(new Block.Paragraph(c.text(), c.at())));
            }
        } else {
            blocks.add(new Block.Table(Grid.fromRows(new ArrayList<>(table), laidOut), table.get(0).get(0).at()));
        }
        table.clear();
    }

    /** A lone cell that reads as a heading or a sentence of the report, never as a table cell. */
    private static boolean isProse(String text) {
        return text.length() > MAX_CELL_TEXT || text.contains("。") || SectionHeadings.isHeading(text);
    }
}
