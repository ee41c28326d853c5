package org.xxgk.extract.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.xxgk.extract.word.ZipLimits;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.xxgk.detect.MediaTypes;
import org.xxgk.extract.ExtractionException;
import org.xxgk.extract.Extractor;
import org.xxgk.extract.word.OfficeMessages;
import org.xxgk.grid.Block;
import org.xxgk.grid.ExtractedDocument;

/**
 * Excel workbooks (.xlsx through XSSF, .xls through HSSF): every sheet in order, merged
 * regions kept as spans, a sheet's heading rows turned into paragraphs between its tables.
 */
public final class SpreadsheetExtractor implements Extractor {

    @Override
    public boolean supports(String mediaType) {
        return mediaType.equals(MediaTypes.XLSX) || mediaType.equals(MediaTypes.XLSM) || mediaType.equals(MediaTypes.XLS);
    }

    @Override
    public ExtractedDocument extract(byte[] content) throws ExtractionException {
        ZipLimits.apply();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            List<Block> blocks = new ArrayList<>();
            for (Sheet sheet : workbook) {
                blocks.addAll(SheetReader.read(sheet));
            }
            return new ExtractedDocument(blocks, null);
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(OfficeMessages.ENCRYPTED, e);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(OfficeMessages.reason(e, OfficeMessages.DAMAGED_SHEET), e);
        }
    }
}
