package org.xxgk.extract.text;

import java.util.List;
import org.xxgk.grid.Block;

/**
 * Dumps where every cell is a tab-indented line and a blank line ends the row (seed 004). A line
 * without the tab continues the cell above, even across a blank line (（三）不予 / 公开), unless it
 * is a heading or prose, which ends the table.
 */
final class TabIndentedReader implements DumpReader {

    @Override
    public List<Block> read(List<Line> lines) {
        BlockCollector out = new BlockCollector();
        boolean inTable = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.text().startsWith("\t") && !CellKinds.isProse(line)) {
                inTable = true;
                out.cell(line.trimmed(), line.number());
            } else if (line.isBlank()) {
                if (nextNonBlankIsCell(lines, i)) {
                    out.endRow();
                }
            } else if (inTable && out.rowHasCells() && !CellKinds.isProse(line)) {
                out.continueCell(line.trimmed());
            } else {
                inTable = false;
                out.paragraph(line);
            }
        }
        return out.finish();
    }

    private static boolean nextNonBlankIsCell(List<Line> lines, int from) {
        for (int j = from + 1; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return lines.get(j).text().startsWith("\t");
            }
        }
        return false;
    }
}
