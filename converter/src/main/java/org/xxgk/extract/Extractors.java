package org.xxgk.extract;

import java.util.List;
import java.util.Optional;
import org.xxgk.extract.html.HtmlExtractor;
import org.xxgk.extract.html.MhtExtractor;
import org.xxgk.extract.rtf.RtfExtractor;
import org.xxgk.extract.markdown.MarkdownExtractor;
import org.xxgk.extract.odf.OdfExtractor;
import org.xxgk.extract.ofd.OfdExtractor;
import org.xxgk.extract.pdf.PdfExtractor;
import org.xxgk.extract.picture.PictureExtractor;
import org.xxgk.extract.sheet.SpreadsheetExtractor;
import org.xxgk.extract.text.TextDumpExtractor;
import org.xxgk.extract.word.DocExtractor;
import org.xxgk.extract.word.DocxExtractor;
import org.xxgk.extract.word.EncryptedOfficeExtractor;

/** The extractors xxgk has, asked in turn; a format is added by adding its extractor here. */
public final class Extractors {

    private final List<Extractor> extractors;

    public Extractors(List<Extractor> extractors) {
        this.extractors = List.copyOf(extractors);
    }

    public static Extractors standard(org.xxgk.Limits limits) {
        Extractors plain = new Extractors(List.of(new HtmlExtractor(limits.maxCells()), new MhtExtractor(limits.maxCells()), new TextDumpExtractor(),
                new MarkdownExtractor(limits.maxCells()), new RtfExtractor(limits.maxCells()), new DocxExtractor(limits.maxCells()), new DocExtractor(limits.maxCells()),
                new OdfExtractor(limits.maxCells()), new OfdExtractor(limits.maxPages()),
                new SpreadsheetExtractor(limits.maxCells()), new PdfExtractor(limits.maxPages()), new PictureExtractor(limits.maxPages())));
        List<Extractor> all = new java.util.ArrayList<>(plain.extractors);
        all.add(new EncryptedOfficeExtractor(plain));
        return new Extractors(all);
    }

    public Optional<Extractor> forMediaType(String mediaType) {
        return extractors.stream().filter(e -> e.supports(mediaType)).findFirst();
    }
}
