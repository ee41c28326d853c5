package org.xxgk.grid;

/**
 * One table cell as the source drew it: its text, how many rows and columns it spans, where it
 * was, and how sure the reading of its text is.
 */
public record Cell(String text, int rowSpan, int colSpan, Provenance at, Reading reading) {

    public Cell {
        text = text == null ? "" : text;
        rowSpan = Math.max(1, rowSpan);
        colSpan = Math.max(1, colSpan);
        at = at == null ? Provenance.UNKNOWN : at;
        reading = reading == null ? Reading.EXACT : reading;
    }

    public Cell(String text, int rowSpan, int colSpan, Provenance at) {
        this(text, rowSpan, colSpan, at, Reading.EXACT);
    }

    public static Cell of(String text, Provenance at) {
        return new Cell(text, 1, 1, at);
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
