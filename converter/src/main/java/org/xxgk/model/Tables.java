package org.xxgk.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The values placed into the official layout, keyed by the JSON Pointer of their canonical cell,
 * and which of the three tables the document had.
 */
public record Tables(Set<String> presentSections, boolean otherHandlingSingleRow, Map<String, CellValue> values) {

    public static final Tables NONE = new Tables(Set.of(), false, Map.of());

    public Tables {
        presentSections = Set.copyOf(presentSections);
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public boolean has(String section) {
        return presentSections.contains(section);
    }

    public CellValue value(String pointer) {
        return values.get(pointer);
    }
}
