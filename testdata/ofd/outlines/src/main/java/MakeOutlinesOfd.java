import org.ofdrw.converter.ofdconverter.PDFConverter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Makes ../004-outlines.ofd with ofdrw's own PDF-to-OFD converter (ofdrw-converter 2.3.6).
 * That converter draws every glyph as an outline PathObject, so the OFD has no TextObject:
 * a case for OCR. Run: mvn -q compile exec:java  (working directory testdata/ofd/outlines).
 */
public final class MakeOutlinesOfd {
    public static void main(String[] args) throws Exception {
        Path repo = Paths.get(args.length > 0 ? args[0] : "../../..").toAbsolutePath().normalize();
        Path pdf = repo.resolve("testdata/office/004.pdf");
        Path ofd = repo.resolve("testdata/ofd/004-outlines.ofd");
        Files.deleteIfExists(ofd);
        try (PDFConverter converter = new PDFConverter(ofd)) {
            converter.convert(pdf);
        }
        System.out.println(pdf.getFileName() + " -> " + ofd.getFileName() + ": " + Files.size(ofd) + " bytes");
    }

    private MakeOutlinesOfd() {
    }
}
