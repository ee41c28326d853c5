import java.io.File;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Puts pictures into a PDF as a scanner does: one picture per page, filling an A4 page, no text.
 * JPEG files are embedded as they are (DCT), others losslessly; a bilevel TIFF as CCITT G4.
 * Usage: java -cp CLASSPATH ImagesToPdf.java OUT.pdf IMAGE...
 */
public class ImagesToPdf {
    public static void main(String[] args) throws Exception {
        try (PDDocument pdf = new PDDocument()) {
            for (String name : Arrays.copyOfRange(args, 1, args.length)) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                PDImageXObject image = PDImageXObject.createFromFileByContent(new File(name), pdf);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            pdf.getDocumentInformation().setProducer("xxgk testdata ImagesToPdf");
            pdf.save(args[0]);
        }
    }
}
