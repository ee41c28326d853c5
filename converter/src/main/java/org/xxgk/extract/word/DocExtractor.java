package org.xxgk.extract.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.xxgk.LimitExceeded;
import org.xxgk.extract.ExtractionException;
import org.xxgk.extract.Extractor;
import org.xxgk.grid.Block;
import org.xxgk.grid.CellBudget;
import org.xxgk.grid.ExtractedDocument;
import org.xxgk.grid.Grid;
import org.xxgk.grid.Provenance;
import org.xxgk.grid.VerticalMerges;

/**
 * Word 97-2003 and Word-compatible WPS documents through POI's HWPF: paragraphs in order and
 * tables with their merged cells recovered from cell edges and merge flags.
 */
public final class DocExtractor implements Extractor {

    private final int maxCells;

    public DocExtractor(int maxCells) {
        this.maxCells = maxCells;
    }

    @Override
    public ExtractedDocument extract(byte[] content) throws ExtractionException {
        HWPFDocument document;
        try {
            document = new HWPFDocument(new ByteArrayInputStream(content));
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(OfficeMessages.ENCRYPTED, e);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(OfficeMessages.DAMAGED_DOC, e);
        }
        try {
            return new ExtractedDocument(read(document.getRange(), new CellBudget(maxCells)), null);
        } catch (LimitExceeded e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ExtractionException(OfficeMessages.DAMAGED_DOC, e);
        }
    }

    private static List<Block> read(Range range, CellBudget cells) {
        List<Block> blocks = new ArrayList<>();
        int tables = 0;
        int i = 0;
        while (i < range.numParagraphs()) {
            Paragraph paragraph = range.getParagraph(i);
            if (paragraph.isInTable()) {
                Table table = range.getTable(paragraph);
                tables++;
                Grid grid = Grid.fromRows(VerticalMerges.resolve(DocTableReader.placedRows(table, tables)), cells);
                blocks.add(new Block.Table(grid, Provenance.tableRow(tables, 1)));
                i += Math.max(1, table.numParagraphs());
            } else {
                for (String line : DocText.lines(paragraph.text())) {
                    blocks.add(new Block.Paragraph(line, Provenance.UNKNOWN));
                }
                i++;
            }
        }
        return blocks;
    }
}
