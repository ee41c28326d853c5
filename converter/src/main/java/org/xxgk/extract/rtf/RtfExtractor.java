package org.xxgk.extract.rtf;

import org.xxgk.LimitExceeded;
import org.xxgk.extract.ExtractionException;
import org.xxgk.extract.Extractor;
import org.xxgk.grid.CellBudget;
import org.xxgk.grid.ExtractedDocument;

/**
 * RTF documents (often served as .doc): paragraphs and tables with their merged cells, read by
 * {@link RtfReader}. No maintained Java library reads RTF tables with their merges (Swing's RTF
 * kit and Tika's RTF parser both drop spans), so the reader is xxgk's own.
 */
public final class RtfExtractor implements Extractor {

    private final int maxCells;

    public RtfExtractor(int maxCells) {
        this.maxCells = maxCells;
    }

    @Override
    public ExtractedDocument extract(byte[] content) throws ExtractionException {
        try {
            return new ExtractedDocument(new RtfReader(content, new CellBudget(maxCells)).read(), null);
        } catch (LimitExceeded e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ExtractionException("RTF文档已损坏或不完整，无法读取", e);
        }
    }
}
