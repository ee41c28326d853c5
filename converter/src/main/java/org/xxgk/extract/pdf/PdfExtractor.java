package org.xxgk.extract.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.xxgk.extract.ExtractionException;
import org.xxgk.extract.Extractor;
import org.xxgk.grid.Block;
import org.xxgk.grid.ExtractedDocument;
import org.xxgk.grid.Provenance;
import technology.tabula.Page;

/**
 * PDF through PDFBox and Tabula. The document is read once ({@link PageScanner}) into Tabula's
 * page model: ruling lines (for tables) and glyphs (for tables and text alike). Text outside tables becomes
 * paragraphs in reading order, without page numbers and running headers; a page whose content is
 * a picture is marked as an image.
 */
public final class PdfExtractor implements Extractor {

    /**
     * A picture covering this much of a page, on a page without tables, stands for a table or a
     * scanned page; smaller ones are logos and seals.
     */
    private static final double TABLE_PICTURE_FRACTION = 0.1;

    private final int maxPages;

    public PdfExtractor(int maxPages) {
        this.maxPages = maxPages;
    }

    @Override
    public boolean supports(String mediaType) {
        return mediaType.equals("application/pdf");
    }

    @Override
    public ExtractedDocument extract(byte[] content) throws ExtractionException {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.getNumberOfPages() > maxPages) {
                throw new ExtractionException("PDF文档共" + document.getNumberOfPages() + "页，超过上限（" + maxPages + "页），不像是一份年度报告");
            }
            return read(document);
        } catch (InvalidPasswordException e) {
            throw new ExtractionException("PDF文档设有打开密码，无法读取；请去除密码后再转换", e);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException("PDF文档已损坏或不完整，无法读取", e);
        }
    }

    private static ExtractedDocument read(PDDocument document) throws IOException {
        List<Page> scanned = PageScanner.scan(document);
        int pageCount = scanned.size();
        List<List<TextLine>> lines = new ArrayList<>();
        List<List<TableRegion>> tables = new ArrayList<>();
        List<Double> heights = new ArrayList<>();
        List<List<ImageAreas.Picture>> pictures = new ArrayList<>();
        for (int p = 1; p <= pageCount; p++) {
            Page page = scanned.get(p - 1);
            List<TableRegion> pageTables = LatticeTables.find(page, p);
            if (pageTables.isEmpty()) {
                pageTables = StreamTables.find(page.getText(), p);
            }
            List<TextLine> pageLines = TextLines.of(page.getText(), pageTables, p);
            tables.add(pageTables);
            lines.add(pageLines);
            heights.add((double) page.getHeight());
            ImageAreas areas = pageTables.isEmpty() ? ImageAreas.of(document.getPage(p - 1)) : null;
            pictures.add(areas == null ? List.of() : areas.larger(TABLE_PICTURE_FRACTION));
        }
        lines = PageFurniture.remove(lines, heights);
        return new ExtractedDocument(inReadingOrder(lines, tables, pictures), pageCount);
    }

    /** Where full lines end: most lines reach it; a few (overhanging punctuation) pass it. */
    private static double rightMargin(List<TextLine> lines) {
        double[] rights = lines.stream().mapToDouble(TextLine::right).sorted().toArray();
        return rights.length == 0 ? 0 : rights[(int) Math.floor(0.8 * (rights.length - 1))];
    }

    /** The usual distance between consecutive baselines on a page (the median), or 0 if unknown. */
    private static double linePitch(List<TextLine> lines) {
        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            double gap = lines.get(i).bottom() - lines.get(i - 1).bottom();
            if (gap > 0) {
                gaps.add(gap);
            }
        }
        if (gaps.isEmpty()) {
            return 0;
        }
        gaps.sort(Double::compare);
        return gaps.get(gaps.size() / 2);
    }

    /** Paragraphs, tables and images of all pages, top to bottom, page after page. */
    private static List<Block> inReadingOrder(List<List<TextLine>> lines, List<List<TableRegion>> tables,
                                              List<List<ImageAreas.Picture>> pictures) {
        List<Block> blocks = new ArrayList<>();
        Paragraphs paragraphs = new Paragraphs(blocks);
        for (int p = 0; p < lines.size(); p++) {
            List<Object> items = new ArrayList<>(lines.get(p));
            items.addAll(tables.get(p));
            items.addAll(pictures.get(p));
            items.sort(Comparator.comparingDouble(item -> item instanceof TextLine l ? l.top()
                    : item instanceof TableRegion t ? t.top() : ((ImageAreas.Picture) item).top()));
            double left = lines.get(p).stream().mapToDouble(TextLine::left).min().orElse(0);
            double right = rightMargin(lines.get(p));
            double pitch = linePitch(lines.get(p));
            for (Object item : items) {
                if (item instanceof TextLine line) {
                    paragraphs.add(line, left, right, pitch);
                } else if (item instanceof TableRegion table) {
                    paragraphs.flush();
                    blocks.add(new Block.Table(table.grid(), Provenance.page(table.page())));
                } else {
                    paragraphs.flush();
                    blocks.add(new Block.Image(Provenance.page(p + 1)));
                }
            }
        }
        paragraphs.flush();
        return blocks;
    }
}
