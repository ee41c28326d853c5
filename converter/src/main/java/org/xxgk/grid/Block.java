package org.xxgk.grid;

/** A piece of the document in reading order: a paragraph of text, a table, or an image standing for one. */
public sealed interface Block permits Block.Paragraph, Block.Table, Block.Image {

    record Paragraph(String text, Provenance at) implements Block {
    }

    record Table(Grid grid, Provenance at) implements Block {
    }

    /**
     * A picture big enough to be a table or a scanned page, and how to get its pixels (null when
     * they cannot be had); OCR may replace it with the blocks it reads.
     */
    record Image(Provenance at, PictureSource picture) implements Block {
    }
}
