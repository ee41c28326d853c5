package org.xxgk.extract.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.SAXException;
import org.xxgk.LimitExceeded;
import org.xxgk.extract.ExtractionException;
import org.xxgk.extract.Extractor;
import org.xxgk.extract.word.OfficeMessages;
import org.xxgk.extract.word.ZipLimits;
import org.xxgk.grid.Block;
import org.xxgk.grid.CellBudget;
import org.xxgk.grid.ExtractedDocument;

/**
 * Excel workbooks: every sheet in order, merged regions kept as spans, a sheet's heading rows
 * turned into paragraphs between its tables. An .xlsx is streamed (POI's XSSFReader for the
 * package and the shared strings, {@link XlsxSheet} for each sheet), so its rows, cells and
 * strings are counted against the limits while they are read; an .xls is read by HSSF, whose
 * format holds at most 65,536 rows a sheet, and counted as it is walked.
 */
public final class SpreadsheetExtractor implements Extractor {

    private final int maxCells;

    public SpreadsheetExtractor(int maxCells) {
        this.maxCells = maxCells;
    }

    @Override
    public ExtractedDocument extract(byte[] content) throws ExtractionException {
        ZipLimits.apply();
        // Filled cells are counted over all the sheets, and each sheet is laid out as soon as it
        // is read, so that no more than the limit's worth of cells is ever held.
        CellBudget filled = new CellBudget(maxCells);
        CellBudget laidOut = new CellBudget(maxCells);
        List<Block> blocks = new ArrayList<>();
        Consumer<SheetCells> layOut = sheet -> blocks.addAll(SheetGrid.blocks(sheet, laidOut));
        try {
            if (FileMagic.valueOf(content) == FileMagic.OLE2) {
                readXls(content, filled, layOut);
            } else {
                readXlsx(content, filled, layOut);
            }
        } catch (LimitExceeded e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(OfficeMessages.ENCRYPTED, e);
        } catch (IOException | OpenXML4JException | SAXException | XMLStreamException | RuntimeException e) {
            throw new ExtractionException(OfficeMessages.reason(e, OfficeMessages.DAMAGED_SHEET), e);
        }
        return new ExtractedDocument(blocks, null);
    }

    private static void readXls(byte[] content, CellBudget filled, Consumer<SheetCells> layOut) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(new ByteArrayInputStream(content))) {
            for (Sheet sheet : workbook) {
                layOut.accept(SheetReader.read(sheet, filled));
            }
        }
    }

    private static void readXlsx(byte[] content, CellBudget filled, Consumer<SheetCells> layOut)
            throws IOException, OpenXML4JException, SAXException, XMLStreamException {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            CountedSharedStrings strings = null;
            List<PackagePart> table = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
            if (!table.isEmpty()) {
                try (InputStream in = table.get(0).getInputStream()) {
                    strings = new CountedSharedStrings(in, filled.max());
                }
            }
            XSSFReader.SheetIterator parts = reader.getSheetIterator();
            while (parts.hasNext()) {
                try (InputStream part = parts.next()) {
                    SheetCells sheet = new SheetCells(parts.getSheetName(), filled);
                    XlsxSheet.read(part, strings, sheet);
                    layOut.accept(sheet);
                }
            }
        }
    }
}
