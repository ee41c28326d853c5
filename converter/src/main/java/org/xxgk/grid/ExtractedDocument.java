package org.xxgk.grid;

import java.util.List;

/**
 * What every extractor hands to alignment: blocks in reading order, the page count, if any, and,
 * for a file that was damaged and read only in part or after repair, what was wrong (in Chinese).
 */
public record ExtractedDocument(List<Block> blocks, Integer pages, List<String> damage) {

    public ExtractedDocument {
        blocks = List.copyOf(blocks);
        damage = List.copyOf(damage);
    }

    public ExtractedDocument(List<Block> blocks, Integer pages) {
        this(blocks, pages, List.of());
    }

    public ExtractedDocument withDamage(List<String> notes) {
        List<String> all = new java.util.ArrayList<>(damage);
        all.addAll(notes);
        return new ExtractedDocument(blocks, pages, all);
    }

    /** How many cells all the tables hold together. */
    public long tableCells() {
        return blocks.stream()
                .filter(Block.Table.class::isInstance)
                .mapToLong(b -> ((Block.Table) b).grid().rows().stream().mapToLong(List::size).sum())
                .sum();
    }
}
