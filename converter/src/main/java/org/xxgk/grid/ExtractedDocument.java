package org.xxgk.grid;

import java.util.ArrayList;
import java.util.List;

/**
 * What every extractor hands to alignment: blocks in reading order, the page count, if any, and,
 * for a file that was damaged and read only in part or after repair, what was wrong (in Chinese).
 * A fixed-layout document also gives each whole page as a picture, for OCR of every page when
 * its text layer is not to be trusted.
 */
public record ExtractedDocument(List<Block> blocks, Integer pages, List<String> damage, List<PictureSource> pagePictures) {

    public ExtractedDocument {
        blocks = List.copyOf(blocks);
        damage = List.copyOf(damage);
        pagePictures = List.copyOf(pagePictures);
    }

    public ExtractedDocument(List<Block> blocks, Integer pages) {
        this(blocks, pages, List.of(), List.of());
    }

    public ExtractedDocument withDamage(List<String> notes) {
        List<String> all = new ArrayList<>(damage);
        all.addAll(notes);
        return new ExtractedDocument(blocks, pages, all, pagePictures);
    }

    public ExtractedDocument withPagePictures(List<PictureSource> pictures) {
        return new ExtractedDocument(blocks, pages, damage, pictures);
    }

    public ExtractedDocument withBlocks(List<Block> replaced) {
        return new ExtractedDocument(replaced, pages, damage, pagePictures);
    }

    /** How many cells all the tables hold together. */
    public long tableCells() {
        return blocks.stream()
                .filter(Block.Table.class::isInstance)
                .mapToLong(b -> ((Block.Table) b).grid().rows().stream().mapToLong(List::size).sum())
                .sum();
    }
}
