package org.xxgk.extract.text;

import java.util.List;
import org.xxgk.grid.Block;

/**
 * Dumps where each cell after the first starts with "|" and a line holding only "|" ends the
 * row (seed 003). A line without a bar continues the cell above (wrapped text) or, at the start
 * of a row, begins its first cell; at the start of a row, headings and prose end the table.
 */
final class LeadingPipeReader implements DumpReader {

    @Override
    public List<Block> read(List<Line> lines) {
        BlockCollector out = new BlockCollector();
        boolean rowOpen = false;
        int i = 0;
        while (i < lines.size()) {
            Line line = lines.get(i);
            String text = line.trimmed();
            if (text.equals("|")) {
                out.endRow();
                rowOpen = false;
                i++;
            } else if (text.startsWith("|")) {
                if (!rowOpen) {
                    out.cell("", line.number()); // "| x" opening a row: its first cell is empty
                    rowOpen = true;
                }
                out.cell(text.substring(1).strip(), line.number());
                i++;
            } else if (line.isBlank()) {
                i++;
            } else if (rowOpen) {
                out.continueCell(text);
                i++;
            } else {
                i = startRowOrParagraphs(lines, i, out);
                rowOpen = out.rowHasCells();
            }
        }
        return out.finish();
    }

    /**
     * At the start of a row: the run of bar-less lines up to the next "|" line is the row's first
     * cell, except for any headings or prose at its front, which are paragraphs. Returns the index
     * of the first line not consumed.
     */
    private static int startRowOrParagraphs(List<Line> lines, int from, BlockCollector out) {
        int end = from;
        while (end < lines.size() && !lines.get(end).trimmed().startsWith("|")) {
            end++;
        }
        boolean barFollows = end < lines.size();
        int cellStart = barFollows ? from : end;
        for (int j = from; j < end && barFollows; j++) {
            if (CellKinds.isProse(lines.get(j))) {
                cellStart = j + 1;
            }
        }
        for (int j = from; j < cellStart; j++) {
            out.paragraph(lines.get(j));
        }
        boolean started = false;
        for (int j = cellStart; j < end; j++) {
            Line line = lines.get(j);
            if (line.isBlank()) {
                continue;
            }
            if (!started) {
                out.cell(line.trimmed(), line.number());
                started = true;
            } else {
                out.continueCell(line.trimmed());
            }
        }
        return end;
    }
}
