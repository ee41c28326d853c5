package org.xxgk.model;

import java.math.BigDecimal;
import org.xxgk.grid.Provenance;

/**
 * What one canonical cell received from the document: the number read (null when the cell was
 * blank or unreadable) and the raw text, kept for the findings.
 */
public record CellValue(BigDecimal number, String raw, Provenance at) {

    public boolean isMissing() {
        return number == null;
    }
}
