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
import org.xxgk.grid.Grid;
import org.xxgk.grid.Provenance;
import org.xxgk.layout.SectionHeadings;
import org.xxgk.normalize.Tidy;

/**
 * One worksheet as blocks: runs of rows become tables, while a row holding only a section
 * heading or a sentence, and blank rows, separate them.
 */
final class SheetReader {

    /** A lone cell longer than this is a sentence of the report, not a table cell. */
    private static final int MAX_CELL_TEXT = 60;
    /** Sheets wider than this are not report tables; the extra columns are ignored. */
    private static final int MAX_COLUMNS = 200;

    private SheetReader() {
    }

    static List<Block> read(Sheet sheet) {
        Map<Long, int[]> spans = new HashMap<>();
        Set<Long> covered = new HashSet<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            spans.put(key(region.getFirstRow(), region.getFirstColumn()),
                    new int[] {region.getLastRow() - region.getFirstRow() + 1, region.getLastColumn() - region.getFirstColumn() + 1});
            for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                for (int c = region.getFirstColumn(); c <= Math.min(region.getLastColumn(), region.getFirstColumn() + MAX_COLUMNS); c++) {
                    if (r != region.getFirstRow() || c != region.getFirstColumn()) {
                        covered.add(key(r, c));
                    }
                }
            }
        }
        List<Block> blocks = new ArrayList<>();
        List<List<org.xxgk.grid.Cell>> table = new ArrayList<>();
        int width = 0;
        for (Row row : sheet) {
            width = Math.max(width, Math.min(MAX_COLUMNS, row.getLastCellNum()));
        }
        int lastRow = sheet.getLastRowNum();
        for (int r = sheet.getFirstRowNum(); r <= lastRow && r >= 0; r++) {
            Row row = sheet.getRow(r);
            List<org.xxgk.grid.Cell> cells = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                if (covered.contains(key(r, c))) {
                    continue;
                }
                String text = row == null ? "" : text(row.getCell(c));
                int[] span = spans.getOrDefault(key(r, c), new int[] {1, 1});
                cells.add(new org.xxgk.grid.Cell(text, span[0], span[1], Provenance.sheetRow(sheet.getSheetName(), r + 1)));
                if (!text.isEmpty()) {
                    texts.add(text);
                }
            }
            boolean separator = texts.isEmpty() || (texts.size() == 1 && isProse(texts.get(0)));
            if (separator) {
                flush(table, blocks);
                if (!texts.isEmpty()) {
                    blocks.add(new Block.Paragraph(texts.get(0), Provenance.sheetRow(sheet.getSheetName(), r + 1)));
                }
            } else {
                table.add(cells);
            }
        }
        flush(table, blocks);
        return blocks;
    }

    /**
     * Ends a run of rows. Rows that never hold more than one filled cell are lines of text put in
     * a sheet (a title, a short paragraph), not a table.
     */
    private static void flush(List<List<org.xxgk.grid.Cell>> table, List<Block> blocks) {
        if (table.isEmpty()) {
            return;
        }
        boolean textOnly = table.stream().allMatch(row -> row.stream().filter(c -> !c.isBlank()).count() <= 1);
        if (textOnly) {
            for (List<org.xxgk.grid.Cell> row : table) {
                row.stream().filter(c -> !c.isBlank()).findFirst()
                        .ifPresent(c -> blocks.add(new Block.Paragraph(c.text(), c.at())));
            }
        } else {
            blocks.add(new Block.Table(Grid.fromRows(new ArrayList<>(table)), table.get(0).get(0).at()));
        }
        table.clear();
    }

    /** A lone cell that reads as a heading or a sentence of the report, never as a table cell. */
    private static boolean isProse(String text) {
        return text.length() > MAX_CELL_TEXT || text.contains("。") || SectionHeadings.isHeading(text);
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
