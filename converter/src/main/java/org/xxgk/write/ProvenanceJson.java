package org.xxgk.write;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.xxgk.grid.Box;
import org.xxgk.grid.Provenance;
import org.xxgk.grid.Reading;
import org.xxgk.model.CellValue;

/**
 * One value's entry of the JSON's {@code provenance}: where it was read, in the terms of its
 * format (a page and a box, a worksheet cell, a table's row and column, a line), its raw text,
 * and for a value read by OCR the engine's confidence.
 */
final class ProvenanceJson {

    private ProvenanceJson() {
    }

    static ObjectNode of(CellValue value, JsonNodeFactory nodes) {
        ObjectNode node = nodes.objectNode();
        Provenance at = value.at();
        if (at.box() != null) {
            if (at.page() != null) {
                node.put("page", at.page());
            } else if (at.picture() != null) {
                node.put("picture", at.picture());
            }
            Box b = at.box();
            var box = node.putArray("box");
            for (double v : new double[] {b.x0(), b.y0(), b.x1(), b.y1()}) {
                box.add(number(v));
            }
            node.put("unit", b.unit());
        } else if (at.sheet() != null) {
            node.put("sheet", at.sheet());
            if (at.col() != null && at.row() != null) {
                node.put("cell", column(at.col()) + at.row());
            }
        } else if (at.table() != null) {
            node.put("table", at.table());
            node.put("row", at.row());
            if (at.col() != null) {
                node.put("col", at.col());
            }
        } else if (at.line() != null) {
            node.put("line", at.line());
        } else if (at.page() != null) {
            node.put("page", at.page());
        } else if (at.picture() != null) {
            node.put("picture", at.picture());
        }
        node.put("raw", value.raw());
        if (value.reading().kind() == Reading.Kind.OCR) {
            node.put("ocr_confidence", BigDecimal.valueOf(value.reading().confidence()).setScale(2, RoundingMode.HALF_UP));
        }
        return node;
    }

    /** A coordinate as written: at most two decimals, no trailing zeros (312.5, not 312.50). */
    private static BigDecimal number(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** A spreadsheet column's letters: 1 → A, 27 → AA. */
    static String column(int col) {
        StringBuilder letters = new StringBuilder();
        for (int c = col; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }
}
