package org.xxgk.grid;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a cell or paragraph came from in the source, so findings can point a person at it:
 * a text line, a page, a table and its row (Word), a worksheet and its row, or a picture. Any part may be
 * null when the format has no such notion (a web page has no pages).
 */
public record Provenance(Integer page, Integer line, Integer table, Integer row, String sheet, Integer picture) {

    public static final Provenance UNKNOWN = new Provenance(null, null, null, null, null, null);

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

    /** A short Chinese description for messages, e.g. "第3页", "第120行", "第2个表格第5行"; empty when unknown. */
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
        if (table != null) {
            parts.add("第" + table + "个表格");
        }
        if (row != null) {
            parts.add("第" + row + "行");
        } else if (line != null) {
            parts.add("第" + line + "行");
        }
        return String.join("", parts);
    }
}
