package org.xxgk.grid;

import java.util.List;

/** What every extractor hands to alignment: blocks in reading order and the page count, if any. */
public record ExtractedDocument(List<Block> blocks, Integer pages) {

    public ExtractedDocument {
        blocks = List.copyOf(blocks);
    }

    /** How many cells all the tables hold together. */
    public long tableCells() {
        return blocks.stream()
                .filter(Block.Table.class::isInstance)
                .mapToLong(b -> ((Block.Table) b).grid().rows().stream().mapToLong(List::size).sum())
                .sum();
    }
}
