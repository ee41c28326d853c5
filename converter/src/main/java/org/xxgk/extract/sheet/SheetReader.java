package org.xxgk.extract.sheet;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.xxgk.grid.CellBudget;
import org.xxgk.normalize.Tidy;

/**
 * An Excel 97-2003 worksheet, which POI's HSSF holds in memory (the format caps a sheet at
 * 65,536 rows of 256 columns), walked into {@link SheetCells}: rows and filled cells counted as
 * they are met, then its merged regions.
 */
final class SheetReader {

    private SheetReader() {
    }

    static SheetCells read(Sheet sheet, CellBudget filled) {
        SheetCells cells = new SheetCells(sheet.getSheetName(), filled);
        for (Row row : sheet) {
            cells.row(row.getRowNum());
            for (Cell cell : row) {
                cells.cell(row.getRowNum(), cell.getColumnIndex(), text(cell));
            }
        }
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            cells.merged(region);
        }
        return cells;
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
