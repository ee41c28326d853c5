package org.xxgk.grid;

import java.util.List;

/** What every extractor hands to alignment: blocks in reading order and the page count, if any. */
public record ExtractedDocument(List<Block> blocks, Integer pages) {

    public ExtractedDocument {
        blocks = List.copyOf(blocks);
    }
}
