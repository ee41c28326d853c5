package org.xxgk.extract.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.xxgk.grid.Block;
import org.xxgk.grid.Provenance;
import org.xxgk.normalize.Tidy;

/** One Excel worksheet as rows of cells with their merged regions, made into blocks by {@link SheetBlocks}. */
final class SheetReader {

    /** Sheets wider than this are not report tables; the extra columns are ignored. */
    private static final int MAX_COLUMNS = 200;

    private SheetReader() {
    }

    static List<Block> read(Sheet sheet) {
        int width = 0;
        for (Row row : sheet) {
            width = Math.max(width, Math.min(MAX_COLUMNS, row.getLastCellNum()));
        }
        int lastRow = sheet.getLastRowNum();
        // Merged regions are clipped to the cells the sheet really has (one region can claim all
        // 17 billion cells of a sheet).
        Map<Long, int[]> spans = new HashMap<>();
        Set<Long> covered = new HashSet<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            int lastR = Math.min(region.getLastRow(), lastRow);
            int lastC = Math.min(region.getLastColumn(), width - 1);
            if (region.getFirstRow() > lastR || region.getFirstColumn() > lastC) {
                continue;
            }
            spans.put(key(region.getFirstRow(), region.getFirstColumn()),
                    new int[] {lastR - region.getFirstRow() + 1, lastC - region.getFirstColumn() + 1});
            for (int r = region.getFirstRow(); r <= lastR; r++) {
                for (int c = region.getFirstColumn(); c <= lastC; c++) {
                    if (r != region.getFirstRow() || c != region.getFirstColumn()) {
                        covered.add(key(r, c));
                    }
                }
            }
        }
        SheetBlocks blocks = new SheetBlocks();
        for (int r = sheet.getFirstRowNum(); r <= lastRow && r >= 0; r++) {
            Row row = sheet.getRow(r);
            List<org.xxgk.grid.Cell> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                if (covered.contains(key(r, c))) {
                    continue;
                }
                String text = row == null ? "" : text(row.getCell(c));
                int[] span = spans.getOrDefault(key(r, c), new int[] {1, 1});
                cells.add(new org.xxgk.grid.Cell(text, span[0], span[1], Provenance.sheetRow(sheet.getSheetName(), r + 1)));
            }
            blocks.row(cells, Provenance.sheetRow(sheet.getSheetName(), r + 1));
        }
        return blocks.finish();
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | (column & 0xFFFFFFFFL);
    }

    /** The cell as the number or text it holds; a number keeps all its digits, whatever the display format. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> {
                String text = Tidy.lines(List.of(cell.getStringCellValue()));
                yield text == null ? "" : text;
            }
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
