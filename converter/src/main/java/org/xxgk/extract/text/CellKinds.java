package org.xxgk.extract.text;

import org.xxgk.layout.SectionHeadings;
import org.xxgk.normalize.CellNumber;

/** Small judgements the dump readers share about what a cell or line looks like. */
final class CellKinds {

    /** Longer unbroken lines are body text, never a wrapped table cell. */
    static final int MAX_CELL_LINE_LENGTH = 60;

    private CellKinds() {
    }

    static boolean isLabel(String text) {
        return !text.isBlank() && !CellNumber.isNumeric(text);
    }

    /** A line that cannot be part of a table: a section heading or a long line of prose. */
    static boolean isProse(Line line) {
        String text = line.trimmed();
        return text.length() > MAX_CELL_LINE_LENGTH || SectionHeadings.isHeading(text);
    }
}
