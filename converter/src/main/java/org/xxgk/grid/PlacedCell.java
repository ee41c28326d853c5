package org.xxgk.grid;

/**
 * A cell as word processors describe it: the grid column it starts at, how many columns it
 * spans, and whether it starts or continues a vertical merge (Word's vMerge).
 */
public record PlacedCell(int column, int colSpan, String text, VerticalMerge merge, Provenance at) {

    public enum VerticalMerge { NONE, RESTART, CONTINUE }
}
