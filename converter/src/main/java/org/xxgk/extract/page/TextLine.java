package org.xxgk.extract.page;

/** One printed line of a page: its text and where it stands. */
record TextLine(String text, double left, double right, double top, double bottom, double charWidth, org.xxgk.grid.Provenance page) {
}
