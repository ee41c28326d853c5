package org.xxgk.model;

import java.math.BigDecimal;
import org.xxgk.grid.Provenance;
import org.xxgk.grid.Reading;

/**
 * What one canonical cell received from the document: the number read (null when the cell was
 * blank or unreadable), the raw text, where it was, how sure the reading was, and, for a value
 * left null because a reading could not be settled, the rule of the finding that says so (the
 * cell then gets no missing_value finding of its own).
 */
public record CellValue(BigDecimal number, String raw, Provenance at, Reading reading, String unsettled) {

    public CellValue(BigDecimal number, String raw, Provenance at) {
        this(number, raw, at, Reading.EXACT, null);
    }

    public boolean isMissing() {
        return number == null;
    }

    /** The same value, now settled by the resolver (or left null, with the rule that explains it). */
    public CellValue settled(BigDecimal value, String rule) {
        return new CellValue(value, raw, at, reading, value == null ? rule : null);
    }
}
