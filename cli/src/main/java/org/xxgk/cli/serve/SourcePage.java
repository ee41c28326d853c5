package org.xxgk.cli.serve;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.xxgk.extract.picture.Pictures;

/**
 * One page of an uploaded file as a PNG, for the 查看原文 panel where the browser cannot draw it
 * itself. Drawn at a fixed scale, so that a provenance box maps onto it without further
 * information: 2 pixels per point for PDF pages, and a picture's own pixels for pictures.
 */
final class SourcePage {

    /** Pixels per point of a PDF page's picture (144 dpi). */
    static final float PIXELS_PER_POINT = 2f;

    private SourcePage() {
    }

    static byte[] png(byte[] content, String mediaType, int page) throws IOException, SourceUnavailable {
        BufferedImage picture;
        if (mediaType.equals("application/pdf")) {
            picture = pdf(content, page);
        } else if (mediaType.startsWith("image/")) {
            picture = picture(content, page);
        } else {
            throw new SourceUnavailable("这种格式的文件没有页面，无法显示页面图像");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", out);
        return out.toByteArray();
    }

    private static BufferedImage pdf(byte[] content, int page) throws IOException, SourceUnavailable {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (page < 1 || page > document.getNumberOfPages()) {
                throw noPage(page, document.getNumberOfPages());
            }
            return new PDFRenderer(document).renderImage(page - 1, PIXELS_PER_POINT);
        }
    }

    private static BufferedImage picture(byte[] content, int page) throws IOException, SourceUnavailable {
        int frames = Pictures.frames(content);
        if (page < 1 || page > frames) {
            throw noPage(page, frames);
        }
        return Pictures.frame(content, page - 1);
    }

    private static SourceUnavailable noPage(int page, int pages) {
        return new SourceUnavailable("文件中没有第" + page + "页（共" + pages + "页）");
    }
}
