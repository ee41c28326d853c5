package org.xxgk.extract.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.xxgk.LimitExceeded;
import org.xxgk.Preload;
import org.xxgk.extract.ExtractionException;
import org.xxgk.extract.Extractor;
import org.xxgk.extract.page.PageStream;
import org.xxgk.grid.ExtractedDocument;

/**
 * PDF through PDFBox: the document is read once ({@link PageScanner}) into the page model every
 * fixed-layout format shares (glyphs, ruling lines, pictures), which a {@link PageStream} reads
 * page by page as the pages come.
 */
public final class PdfExtractor implements Extractor {

    private final int maxPages;

    public PdfExtractor(int maxPages) {
        this.maxPages = maxPages;
        Preload.pdf();
    }

    @Override
    public ExtractedDocument extract(byte[] content) throws ExtractionException {
        PdfDamage damage = PdfDamage.of(content);
        try (PDDocument document = Loader.loadPDF(content)) {
            document.setResourceCache(new DocumentFontCache());
            if (document.getNumberOfPages() > maxPages) {
                throw new ExtractionException("PDF文档共" + document.getNumberOfPages() + "页，超过上限（" + maxPages + "页），不像是一份年度报告");
            }
            List<Integer> broken = new ArrayList<>();
            PdfPictures pictures = new PdfPictures(content);
            // Each page's tables are read as soon as the page is, and its glyphs let go.
            PageStream layout = new PageStream();
            int read = PageScanner.scan(document, broken, pictures, layout::add);
            int declared = document.getPages().getCOSObject().getInt(COSName.COUNT, read);
            List<org.xxgk.grid.PictureSource> whole = new ArrayList<>();
            for (int i = 0; i < read; i++) {
                whole.add(pictures.page(i));
            }
            return layout.document().withDamage(damage.notes(read, declared, broken)).withPagePictures(whole);
        } catch (LimitExceeded e) {
            throw e;
        } catch (InvalidPasswordException e) {
            throw new ExtractionException("PDF文档设有打开密码，无法读取；请去除密码后再转换", e);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(damage.truncated() ? PdfDamage.TRUNCATED_UNREADABLE : "PDF文档已损坏或不完整，无法读取", e);
        }
    }
}
