package org.xxgk.extract.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.xxgk.extract.ExtractionException;
import org.xxgk.extract.Extractor;
import org.xxgk.extract.picture.Pictures;
import org.xxgk.grid.Block;
import org.xxgk.grid.CellBudget;
import org.xxgk.grid.ExtractedDocument;
import org.xxgk.grid.Grid;
import org.xxgk.grid.Provenance;
import org.xxgk.grid.VerticalMerges;
import org.xxgk.normalize.Tidy;

/**
 * Word 2007+ documents through POI's XWPF: body paragraphs, tables and pictures in order, tables
 * with gridSpan and vMerge kept. A table whose cells hold tables is page layout and is read through.
 */
public final class DocxExtractor implements Extractor {

    private final int maxCells;

    public DocxExtractor(int maxCells) {
        this.maxCells = maxCells;
    }

    @Override
    public ExtractedDocument extract(byte[] content) throws ExtractionException {
        ZipLimits.apply();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            Reader reader = new Reader(new CellBudget(maxCells));
            reader.body(document.getBodyElements());
            return new ExtractedDocument(reader.blocks, null);
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(OfficeMessages.ENCRYPTED, e);
        } catch (NotOfficeXmlFileException e) {
            throw new ExtractionException(OfficeMessages.DAMAGED_DOCX, e);
        } catch (POIXMLException | IOException | IllegalStateException | IllegalArgumentException e) {
            throw new ExtractionException(OfficeMessages.reason(e, OfficeMessages.DAMAGED_DOCX), e);
        }
    }

    /** Walks body elements in reading order, numbering the data tables as Word shows them. */
    private static final class Reader {
        private final CellBudget cells;
        private final List<Block> blocks = new ArrayList<>();
        private int tables;
        private int pictures;

        Reader(CellBudget cells) {
            this.cells = cells;
        }

        void body(List<IBodyElement> elements) {
            for (IBodyElement element : elements) {
                if (element instanceof XWPFParagraph p) {
                    paragraph(p.getText());
                    pictures(p);
                } else if (element instanceof XWPFTable t) {
                    table(t);
                } else if (element instanceof XWPFSDT sdt) {
                    paragraph(sdt.getContent().getText());
                }
            }
        }

        private void paragraph(String text) {
            for (String line : text.split("\\R")) {
                String trimmed = Tidy.trim(line);
                if (!trimmed.isEmpty()) {
                    blocks.add(new Block.Paragraph(trimmed, Provenance.UNKNOWN));
                }
            }
        }

        /** The pictures embedded in the paragraph's runs (a linked picture has no data here and is skipped). */
        private void pictures(XWPFParagraph paragraph) {
            for (XWPFRun run : paragraph.getRuns()) {
                for (XWPFPicture picture : run.getEmbeddedPictures()) {
                    XWPFPictureData data = picture.getPictureData();
                    if (data != null && data.getData() != null) {
                        blocks.add(new Block.Image(Provenance.picture(++pictures), Pictures.of(data.getData())));
                    }
                }
            }
        }

        private void table(XWPFTable table) {
            if (holdsTables(table)) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        body(cell.getBodyElements());
                    }
                }
                return;
            }
            tables++;
            Grid grid = Grid.fromRows(VerticalMerges.resolve(DocxTableReader.placedRows(table, tables)), cells);
            blocks.add(new Block.Table(grid, Provenance.tableRow(tables, 1)));
        }

        private static boolean holdsTables(XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    if (!cell.getTables().isEmpty()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
