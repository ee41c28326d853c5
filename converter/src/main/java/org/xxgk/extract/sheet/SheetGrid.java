package org.xxgk.extract.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellRangeAddress;
import org.xxgk.LimitExceeded;
import org.xxgk.grid.Block;
import org.xxgk.grid.Cell;
import org.xxgk.grid.CellBudget;
import org.xxgk.grid.Provenance;

/**
 * A worksheet's rows as blocks ({@link SheetBlocks}), each merged region one cell spanning the
 * rows and columns it merges. A region is clipped to the cells the sheet really has (the rows it
 * lists, the columns up to the last one a row lists): one region can claim all 17 billion cells
 * of a sheet. Clipped, the regions may together cover no more positions than the cell limit
 * allows, as a report's merged cells all lie inside its tables; only then are the positions they
 * cover marked.
 */
final class SheetGrid {

    private SheetGrid() {
    }

    static List<Block> blocks(SheetCells sheet, CellBudget laidOut) {
        int width = sheet.width();
        Map<Long, int[]> spans = new HashMap<>();
        Set<Long> covered = new HashSet<>();
        long area = 0;
        for (CellRangeAddress region : sheet.mergedRegions()) {
            int firstR = Math.max(0, region.getFirstRow());
            int firstC = Math.max(0, region.getFirstColumn());
            int lastR = Math.min(region.getLastRow(), sheet.lastRow());
            int lastC = Math.min(region.getLastColumn(), width - 1);
            if (firstR > lastR || firstC > lastC) {
                continue;
            }
            area += (long) (lastR - firstR + 1) * (lastC - firstC + 1);
            if (area > laidOut.max()) {
                throw new LimitExceeded(CellBudget.message(laidOut.max()), area);
            }
            spans.put(key(firstR, firstC), new int[] {lastR - firstR + 1, lastC - firstC + 1});
            for (int r = firstR; r <= lastR; r++) {
                for (int c = firstC; c <= lastC; c++) {
                    if (r != firstR || c != firstC) {
                        covered.add(key(r, c));
                    }
                }
            }
        }
        SheetBlocks blocks = new SheetBlocks(laidOut);
        Integer previous = null;
        for (Map.Entry<Integer, Map<Integer, String>> filled : sheet.texts().entrySet()) {
            int r = filled.getKey();
            Provenance at = Provenance.sheetRow(sheet.name(), r + 1);
            if (previous != null && r > previous + 1) {
                blocks.row(List.of(), at); // the rows between hold nothing: they separate what is above from what is below
            }
            previous = r;
            Map<Integer, String> texts = filled.getValue();
            if (texts.keySet().stream().allMatch(c -> c >= width || covered.contains(key(r, c)))) {
                blocks.row(List.of(), at); // only covered cells hold text: the row shows nothing
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                if (covered.contains(key(r, c))) {
                    continue;
                }
                int[] span = spans.getOrDefault(key(r, c), new int[] {1, 1});
                cells.add(new Cell(texts.getOrDefault(c, ""), span[0], span[1], at.withCol(c + 1)));
            }
            blocks.row(cells, at);
        }
        return blocks.finish();
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | (column & 0xFFFFFFFFL);
    }
}
