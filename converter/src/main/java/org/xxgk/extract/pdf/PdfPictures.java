package org.xxgk.extract.pdf;

import java.awt.image.BufferedImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.xxgk.grid.PictureSource;

/**
 * The pixels of a PDF's pictures, for OCR: the page rendered as PDFBox draws it (whatever the
 * image's encoding, mask or placement), cut to the picture's box. The document is opened again
 * when a picture is wanted, since extraction has long closed it and most pictures are never read.
 */
final class PdfPictures {

    /** Enough for Tesseract; the picture reader rescales to the size of the text anyway. */
    private static final float DPI = 300;
    /** No picture is rendered coarser than this. */
    private static final float MIN_DPI = 36;
    /** A rendering larger than this many pixels is made at a lower resolution. */
    private static final double MAX_PIXELS = 40_000_000;

    private final byte[] content;

    PdfPictures(byte[] content) {
        this.content = content;
    }

    /**
     * A picture of {@code pixelWidth} pixels drawn on page {@code index} (0-based) in the
     * rectangle given in PDF user space (y up). It is rendered at its own resolution (at most
     * {@value #DPI} dpi): rendering a small picture larger adds no detail, and the reader must
     * see how small its text really is.
     */
    PictureSource region(int index, double x, double y, double width, double height, int pixelWidth) {
        float dpi = (float) Math.max(MIN_DPI, Math.min(DPI, pixelWidth / Math.max(1e-6, width / 72)));
        return () -> render(index, x, y, width, height, dpi);
    }

    /** The whole page {@code index} (0-based) as a picture. */
    PictureSource page(int index) {
        return () -> render(index, Double.NaN, 0, 0, 0, DPI);
    }

    private BufferedImage render(int index, double x, double y, double width, double height, float wanted) throws java.io.IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            PDPage page = document.getPage(index);
            PDRectangle crop = page.getCropBox();
            float dpi = (float) Math.min(wanted, 72 * Math.sqrt(MAX_PIXELS / Math.max(1, crop.getWidth() * crop.getHeight())));
            BufferedImage whole = new PDFRenderer(document).renderImageWithDPI(index, dpi, ImageType.GRAY);
            if (Double.isNaN(x) || page.getRotation() % 360 != 0) {
                return whole;
            }
            double s = dpi / 72.0;
            int left = clamp((int) Math.floor((x - crop.getLowerLeftX()) * s), whole.getWidth());
            int right = clamp((int) Math.ceil((x + width - crop.getLowerLeftX()) * s), whole.getWidth());
            int top = clamp((int) Math.floor((crop.getUpperRightY() - (y + height)) * s), whole.getHeight());
            int bottom = clamp((int) Math.ceil((crop.getUpperRightY() - y) * s), whole.getHeight());
            if (right - left < 8 || bottom - top < 8) {
                return whole;
            }
            return whole.getSubimage(left, top, right - left, bottom - top);
        }
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }
}
