package org.xxgk.grid;

/** A piece of the document in reading order: a paragraph of text or a table. */
public sealed interface Block permits Block.Paragraph, Block.Table {

    record Paragraph(String text, Provenance at) implements Block {
    }

    record Table(Grid grid, Provenance at) implements Block {
    }
}
