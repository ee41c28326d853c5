package org.xxgk.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.xxgk.Limits;
import org.xxgk.detect.MediaTypes;
import org.xxgk.extract.html.HtmlExtractor;
import org.xxgk.extract.html.MhtExtractor;
import org.xxgk.extract.markdown.MarkdownExtractor;
import org.xxgk.extract.odf.OdfExtractor;
import org.xxgk.extract.ofd.OfdExtractor;
import org.xxgk.extract.pdf.PdfExtractor;
import org.xxgk.extract.picture.PictureExtractor;
import org.xxgk.extract.rtf.RtfExtractor;
import org.xxgk.extract.sheet.SpreadsheetExtractor;
import org.xxgk.extract.text.TextDumpExtractor;
import org.xxgk.extract.word.DocExtractor;
import org.xxgk.extract.word.DocxExtractor;
import org.xxgk.extract.word.EncryptedOfficeExtractor;

/**
 * The extractors xxgk has, each with the media types it reads; a format is added by adding its
 * extractor here. An extractor is made the first time a document of its types comes, so a run
 * never loads the libraries (PDFBox, POI, commonmark…) of formats it does not meet.
 */
public final class Extractors {

    /** The types one extractor reads, and how to make it. */
    public record Format(Predicate<String> reads, Supplier<Extractor> make) {
    }

    private final List<Format> formats;
    private final Extractor[] made;

    public Extractors(List<Format> formats) {
        this.formats = List.copyOf(formats);
        this.made = new Extractor[formats.size()];
    }

    public static Extractors standard(Limits limits) {
        int cells = limits.maxCells();
        int pages = limits.maxPages();
        Extractors plain = new Extractors(List.of(
                new Format(types("text/html", "application/xhtml+xml"), () -> new HtmlExtractor(cells)),
                new Format(types(MediaTypes.MHT, "message/rfc822"), () -> new MhtExtractor(cells)),
                new Format(type -> type.startsWith("text/plain"), TextDumpExtractor::new),
                new Format(types(MediaTypes.MARKDOWN, "text/x-web-markdown", "text/x-markdown"), () -> new MarkdownExtractor(cells)),
                new Format(types(MediaTypes.RTF, "text/rtf"), () -> new RtfExtractor(cells)),
                new Format(types(MediaTypes.DOCX, MediaTypes.DOCM), () -> new DocxExtractor(cells)),
                new Format(types(MediaTypes.DOC), () -> new DocExtractor(cells)),
                new Format(types(OdfExtractor.TEXT, OdfExtractor.SPREADSHEET, OdfExtractor.TEXT + "-template",
                        OdfExtractor.SPREADSHEET + "-template"), () -> new OdfExtractor(cells)),
                new Format(types(MediaTypes.OFD), () -> new OfdExtractor(pages)),
                new Format(types(MediaTypes.XLSX, MediaTypes.XLSM, MediaTypes.XLS), () -> new SpreadsheetExtractor(cells)),
                new Format(types("application/pdf"), () -> new PdfExtractor(pages)),
                new Format(types("image/png", "image/jpeg", "image/tiff", "image/bmp", "image/gif"), () -> new PictureExtractor(pages))));
        // The decrypted package of an encrypted one is read by the same plain extractors.
        List<Format> all = new ArrayList<>();
        for (int i = 0; i < plain.formats.size(); i++) {
            int at = i;
            all.add(new Format(plain.formats.get(i).reads(), () -> plain.made(at)));
        }
        all.add(new Format(types(MediaTypes.OOXML_ENCRYPTED), () -> new EncryptedOfficeExtractor(plain)));
        return new Extractors(all);
    }

    private static Predicate<String> types(String... mediaTypes) {
        Set<String> set = Set.of(mediaTypes);
        return set::contains;
    }

    public Optional<Extractor> forMediaType(String mediaType) {
        for (int i = 0; i < formats.size(); i++) {
            if (formats.get(i).reads().test(mediaType)) {
                return Optional.of(made(i));
            }
        }
        return Optional.empty();
    }

    private synchronized Extractor made(int i) {
        if (made[i] == null) {
            made[i] = formats.get(i).make().get();
        }
        return made[i];
    }
}
