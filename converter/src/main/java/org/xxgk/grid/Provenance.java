package org.xxgk.grid;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a cell or paragraph came from in the source, so findings can point a person at it and
 * the JSON's provenance can say where each value was read: a text line, a page, a table and its
 * row (Word, web page), a worksheet and its row, or a picture; for a table cell also its column
 * ({@code col}, 1-based, of the source table's own grid or of the worksheet) and, on a page or a
 * picture, its box. Any part may be null when the format has no such notion (a web page has no
 * pages).
 */
public record Provenance(Integer page, Integer line, Integer table, Integer row, String sheet, Integer picture,
                         Integer col, Box box) {

    public static final Provenance UNKNOWN = new Provenance(null, null, null, null, null, null);

    /** Without column or box: where a paragraph or a row is. */
    public Provenance(Integer page, Integer line, Integer table, Integer row, String sheet, Integer picture) {
        this(page, line, table, row, sheet, picture, null, null);
    }

    public static Provenance line(int line) {
        return new Provenance(null, line, null, null, null, null);
    }

    public static Provenance page(int page) {
        return new Provenance(page, null, null, null, null, null);
    }

    /** Row {@code row} (1-based) of the document's table number {@code table} (1-based). */
    public static Provenance tableRow(int table, int row) {
        return new Provenance(null, null, table, row, null, null);
    }

    /** Row {@code row} (as the spreadsheet numbers it) of the named worksheet. */
    public static Provenance sheetRow(String sheet, int row) {
        return new Provenance(null, null, null, row, sheet, null);
    }

    /** Picture number {@code picture} (1-based, in reading order) of a document without pages (Word, web page). */
    public static Provenance picture(int picture) {
        return new Provenance(null, null, null, null, null, picture);
    }

    /** The same place, in column {@code col} (1-based). */
    public Provenance withCol(int col) {
        return new Provenance(page, line, table, row, sheet, picture, col, box);
    }

    /** The same place, table {@code table} and its row {@code row} (a web page's cells keep their source line as well). */
    public Provenance withTableRow(int table, int row) {
        return new Provenance(page, line, table, row, sheet, picture, col, box);
    }

    /** The same page or picture, at {@code box} on it. */
    public Provenance withBox(Box box) {
        return new Provenance(page, line, table, row, sheet, picture, col, box);
    }

    /**
     * A short Chinese description for messages, e.g. "第3页", "第120行", "第2个表格第5行"; empty when
     * unknown. A place known by its source line (a web page's cell) is described by the line.
     */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (sheet != null) {
            parts.add("工作表「" + sheet + "」");
        }
        if (page != null) {
            parts.add("第" + page + "页");
        }
        if (picture != null) {
            parts.add("第" + picture + "张图片");
        }
        if (table != null && line == null) {
            parts.add("第" + table + "个表格");
        }
        if (row != null && line == null) {
            parts.add("第" + row + "行");
        } else if (line != null) {
            parts.add("第" + line + "行");
        }
        return String.join("", parts);
    }
}
