package org.xxgk.extract.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.xxgk.Converter;
import org.xxgk.extract.ocr.OcrException;
import org.xxgk.extract.ocr.TesseractCli;
import org.xxgk.extract.page.FixedLayout;
import org.xxgk.extract.page.PageModel;
import org.xxgk.grid.Block;
import org.xxgk.grid.Cell;
import org.xxgk.grid.Provenance;
import org.xxgk.grid.Reading;
import org.xxgk.grid.Slot;

/**
 * A table drawn here, turned and speckled like a scan, read back by real Tesseract through the
 * shared page model: the rules become cells, the cells their numbers, each with its confidence.
 */
class PictureReaderTest {

    private static final long[][] VALUES = {{3001, 53, 0, 61, 3115}, {34, 0, 7, 0, 41}, {1288, 21, 0, 50, 1359}};

    /** A ruled table of four columns of numbers under a header row, 150 dpi, turned by {@code degrees}, with noise. */
    private static BufferedImage scan(double degrees) {
        int cellWidth = 150;
        int cellHeight = 50;
        int left = 60;
        int top = 80;
        BufferedImage page = new BufferedImage(left * 2 + cellWidth * 6, top * 2 + cellHeight * 4, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.rotate(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2));
        for (int r = 0; r <= 4; r++) {
            g.drawLine(left, top + r * cellHeight, left + cellWidth * 6, top + r * cellHeight);
        }
        for (int c = 0; c <= 6; c++) {
            g.drawLine(left + c * cellWidth, top, left + c * cellWidth, top + cellHeight * 4);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
        String[] header = {"Row", "A", "B", "C", "D", "Total"};
        for (int c = 0; c < 6; c++) {
            g.drawString(header[c], left + c * cellWidth + 20, top + 33);
        }
        for (int r = 0; r < VALUES.length; r++) {
            g.drawString("R" + (r + 1), left + 20, top + (r + 1) * cellHeight + 33);
            for (int c = 0; c < 5; c++) {
                g.drawString(String.valueOf(VALUES[r][c]), left + (c + 1) * cellWidth + 20, top + (r + 1) * cellHeight + 33);
            }
        }
        g.dispose();
        Random noise = new Random(12);
        for (int i = 0; i < page.getWidth() * page.getHeight() / 200; i++) {
            page.getRaster().setSample(noise.nextInt(page.getWidth()), noise.nextInt(page.getHeight()), 0, noise.nextInt(120));
        }
        return page;
    }

    @Test
    void aTurnedSpeckledTableIsReadCellByCell() throws OcrException {
        var tesseract = Converter.installedTesseract();
        assumeTrue(tesseract.install() != null, "OCR test skipped: " + tesseract.problem());
        PictureReader reader = new PictureReader(new TesseractCli(tesseract.install()));
        List<PageModel> pages = reader.read(List.of(new PictureReader.Page(1, Provenance.page(1), scan(1.2))));
        List<Block> blocks = FixedLayout.read(pages).blocks();
        Block.Table table = (Block.Table) blocks.stream().filter(Block.Table.class::isInstance).findFirst().orElseThrow();
        List<List<String>> rows = new ArrayList<>();
        for (List<Slot> row : table.grid().rows()) {
            List<String> texts = new ArrayList<>();
            for (Slot slot : row) {
                Cell cell = slot.cell();
                texts.add(cell.text());
                if (cell.text().matches("\\d+")) {
                    assertEquals(Reading.Kind.OCR, cell.reading().kind());
                    assertTrue(cell.reading().confidence() >= 0 && cell.reading().confidence() <= 1, cell.toString());
                }
            }
            rows.add(texts);
        }
        assertEquals(4, rows.size(), rows.toString());
        for (int r = 0; r < VALUES.length; r++) {
            for (int c = 0; c < 5; c++) {
                assertEquals(String.valueOf(VALUES[r][c]), rows.get(r + 1).get(c + 1), "row " + (r + 1) + " column " + (c + 1) + ": " + rows);
            }
        }
    }

    @Test
    void theSkewOfAScanIsMeasured() {
        assertEquals(1.2, Skew.degrees(Ink.of(GrayImage.of(scan(1.2)))), 0.1);
        assertEquals(-0.7, Skew.degrees(Ink.of(GrayImage.of(scan(-0.7)))), 0.1);
        assertEquals(0, Skew.degrees(Ink.of(GrayImage.of(scan(0)))), 0.1);
    }
}
