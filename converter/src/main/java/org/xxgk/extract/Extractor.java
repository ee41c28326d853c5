package org.xxgk.extract;

import org.xxgk.grid.ExtractedDocument;

/**
 * Reads one document format into blocks of paragraphs and grids. One implementation per format;
 * {@link Extractors} says which media types each reads.
 */
public interface Extractor {

    ExtractedDocument extract(byte[] content) throws ExtractionException;
}
