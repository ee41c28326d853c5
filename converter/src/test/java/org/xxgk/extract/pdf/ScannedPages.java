package org.xxgk.extract.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.xxgk.extract.page.PageModel;

/** The page models of a PDF, for tests of the page package (the scanner is package-private). */
public final class ScannedPages {

    private ScannedPages() {
    }

    /** Every page of the PDF; an exception when PDFBox cannot open it. */
    public static List<PageModel> of(byte[] content) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            document.setResourceCache(new DocumentFontCache());
            return PageScanner.scan(document, new ArrayList<>(), new PdfPictures(content));
        }
    }
}
