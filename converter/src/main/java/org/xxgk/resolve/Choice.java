package org.xxgk.resolve;

import java.util.List;
import org.xxgk.grid.Provenance;

/**
 * An uncertain reading waiting for the form's arithmetic: the ways a run of digits splits into a
 * row's values ({@link Kind#SPLIT}), the rows a run of label-less value rows may fill
 * ({@link Kind#PLACEMENT}), or the cells a row's values fill when some of its cells were lost at
 * places unknown ({@link Kind#GAPS}, settled cell by cell). {@code literal}, for a split, is the reading taken when nothing fits
 * but every digit is a cell of its own. {@code pieces} are the source texts, for findings.
 */
public record Choice(Kind kind, String path, String subject, List<Piece> pieces, List<String> cells,
                     List<Alternative> alternatives, Alternative literal) {

    public enum Kind { SPLIT, PLACEMENT, GAPS }

    /** Source text the choice was made of, and where it stood. */
    public record Piece(String text, Provenance at) {
    }

    public Choice {
        pieces = List.copyOf(pieces);
        cells = List.copyOf(cells);
        alternatives = List.copyOf(alternatives);
    }
}
