package org.xxgk.cli.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.xxgk.Limits;
import org.xxgk.extract.ExtractionException;
import org.xxgk.extract.Extractor;
import org.xxgk.extract.Extractors;
import org.xxgk.grid.Block;
import org.xxgk.grid.Cell;
import org.xxgk.grid.Provenance;
import org.xxgk.grid.Slot;

/**
 * The source table row that a provenance location names (Word/HTML/ODT table and row, a sheet's
 * row, a text line), read out of the uploaded file again: its cells' text as the file has it and
 * the grid column each starts in, so the 查看原文 panel can show the row and mark the value's cell.
 */
final class SourceRow {

    /** One cell of the row: its text, its first grid column (1-based) and how many columns it spans. */
    record RowCell(String text, int col, int span) {
    }

    /** The row, named in words (第2个表格第7行), with its cells left to right. */
    record Row(String name, List<RowCell> cells) {
    }

    /** A place in the file, as a provenance entry gives it. */
    record Location(Integer table, Integer row, String sheet, Integer line) {

        Predicate<Provenance> matcher() {
            if (sheet != null) {
                return at -> sheet.equals(at.sheet()) && Objects.equals(row, at.row());
            }
            if (table != null) {
                return at -> table.equals(at.table()) && Objects.equals(row, at.row());
            }
            return at -> Objects.equals(line, at.line());
        }

        String describe() {
            if (sheet != null) {
                return "工作表「" + sheet + "」第" + row + "行";
            }
            if (table != null) {
                return "第" + table + "个表格第" + row + "行";
            }
            return "第" + line + "行";
        }
    }

    private final Extractors extractors = Extractors.standard(Limits.DEFAULT);

    Row find(byte[] content, String mediaType, Location location) throws ExtractionException, SourceUnavailable {
        Extractor extractor = extractors.forMediaType(mediaType)
                .orElseThrow(() -> new SourceUnavailable("无法读取这种格式的文件"));
        List<Block> blocks = extractor.extract(content).blocks();
        Predicate<Provenance> wanted = location.matcher();
        for (Block block : blocks) {
            if (block instanceof Block.Table table) {
                for (List<Slot> row : table.grid().rows()) {
                    if (row.stream().anyMatch(s -> s != null && !s.coveredFromAbove() && wanted.test(s.cell().at()))) {
                        return new Row(location.describe(), cells(row));
                    }
                }
            }
        }
        // A table whose cells carry no table numbers (web pages): the table-th table block, its row-th grid row.
        if (location.table() != null && location.row() != null) {
            List<Block.Table> tables = blocks.stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast).toList();
            if (location.table() <= tables.size() && location.row() <= tables.get(location.table() - 1).grid().rowCount()) {
                return new Row(location.describe(), cells(tables.get(location.table() - 1).grid().rows().get(location.row() - 1)));
            }
        }
        throw new SourceUnavailable("文件中没有" + location.describe());
    }

    /** The row's cells, a cell spanning several columns once; empty positions as empty cells. */
    private static List<RowCell> cells(List<Slot> row) {
        List<RowCell> cells = new ArrayList<>();
        Cell current = null;
        for (int c = 0; c < row.size(); c++) {
            Slot slot = row.get(c);
            Cell cell = slot == null ? null : slot.cell();
            if (cell != null && cell == current && slot.coveredFromLeft()) {
                RowCell last = cells.remove(cells.size() - 1);
                cells.add(new RowCell(last.text(), last.col(), last.span() + 1));
                continue;
            }
            current = cell;
            cells.add(new RowCell(cell == null ? "" : cell.text(), c + 1, 1));
        }
        return cells;
    }
}
