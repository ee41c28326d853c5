package org.xxgk.extract.text;

import java.util.ArrayList;
import java.util.List;
import org.xxgk.grid.Block;
import org.xxgk.normalize.Tidy;

/**
 * Dumps where each cell's text is followed by "|" (seeds 000 and 002). Rows are not marked, but
 * the dumping tool pads every row to the table width with empty cells, the first row included;
 * so the width is read off the first row, and a row also ends where a label follows values
 * (a row the tool forgot to pad).
 */
final class TrailingPipeReader implements DumpReader {

    private record PipeCell(String text, int line, boolean lineHasBlank) {
    }

    @Override
    public List<Block> read(List<Line> lines) {
        BlockCollector out = new BlockCollector();
        List<PipeCell> table = new ArrayList<>();
        for (Line line : lines) {
            if (line.text().indexOf('|') >= 0) {
                table.addAll(cellsOf(line));
            } else if (!line.isBlank()) {
                emit(table, out);
                out.paragraph(line);
            }
        }
        emit(table, out);
        return out.finish();
    }

    private static List<PipeCell> cellsOf(Line line) {
        String[] pieces = line.text().split("\\|", -1);
        int count = pieces.length - 1;
        if (!Tidy.trim(pieces[pieces.length - 1]).isEmpty()) {
            count++; // text after the last bar is a cell the dump did not close
        }
        List<String> texts = new ArrayList<>();
        boolean blank = false;
        for (int i = 0; i < count; i++) {
            String text = Tidy.trim(pieces[i]);
            blank |= text.isEmpty();
            texts.add(text);
        }
        List<PipeCell> cells = new ArrayList<>();
        for (String text : texts) {
            cells.add(new PipeCell(text, line.number(), blank));
        }
        return cells;
    }

    private static void emit(List<PipeCell> table, BlockCollector out) {
        if (table.isEmpty()) {
            return;
        }
        int width = Integer.MAX_VALUE;
        for (int i = 0; i < table.size(); i++) {
            PipeCell cell = table.get(i);
            boolean lastOfLine = i + 1 == table.size() || table.get(i + 1).line != cell.line;
            if (cell.lineHasBlank && lastOfLine) {
                width = i + 1;
                break;
            }
        }
        String previous = null;
        for (PipeCell cell : table) {
            boolean full = out.rowSize() >= width;
            boolean labelAfterValues = previous != null && out.rowHasCells()
                    && CellKinds.isLabel(cell.text) && !CellKinds.isLabel(previous);
            if (full || labelAfterValues) {
                out.endRow();
            }
            out.cell(cell.text, cell.line);
            previous = cell.text;
        }
        out.endTable();
        table.clear();
    }
}
