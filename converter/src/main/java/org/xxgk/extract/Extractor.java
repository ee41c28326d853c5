package org.xxgk.extract;

import org.xxgk.grid.ExtractedDocument;

/** Reads one document format into blocks of paragraphs and grids. One implementation per format. */
public interface Extractor {

    /** True when this extractor reads documents of the detected media type. */
    boolean supports(String mediaType);

    ExtractedDocument extract(byte[] content) throws ExtractionException;
}
