package org.xxgk.model.read;

import java.math.BigDecimal;
import java.util.Set;
import org.xxgk.model.CellValue;
import org.xxgk.model.Tables;

/**
 * The values under one JSON Pointer prefix, as the canonical JSON shows them: a cell the JSON does
 * not have (a section the document lacks, the other template's column, the other form of
 * （六）其他处理) reads as null, as does a missing value.
 */
final class Cells {

    private final Tables tables;
    private final Set<String> shown;
    private final String path;

    Cells(Tables tables, Set<String> shown, String path) {
        this.tables = tables;
        this.shown = shown;
        this.path = path;
    }

    Cells child(String key) {
        return new Cells(tables, shown, path + "/" + key);
    }

    boolean any() {
        return shown.stream().anyMatch(p -> p.startsWith(path + "/"));
    }

    BigDecimal amount(String key) {
        String pointer = path + "/" + key;
        CellValue value = shown.contains(pointer) ? tables.value(pointer) : null;
        return value == null ? null : value.number();
    }

    Long count(String key) {
        BigDecimal number = amount(key);
        return number == null ? null : number.longValueExact();
    }
}
