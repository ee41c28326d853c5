package org.xxgk.cli.serve;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.xxgk.Limits;
import org.xxgk.extract.ExtractionException;
import org.xxgk.extract.ofd.OfdExtractor;
import org.xxgk.extract.page.PageModel;
import org.xxgk.extract.picture.Pictures;
import technology.tabula.Ruling;
import technology.tabula.TextElement;

/**
 * One page of an uploaded file as a PNG, for the 查看原文 panel where the browser cannot draw it
 * itself. Drawn at a fixed scale, so that a provenance box maps onto it without further
 * information: 2 pixels per point for PDF and OFD pages, and a picture's own pixels for pictures.
 */
final class SourcePage {

    /** Pixels per point of a PDF page's picture (144 dpi). */
    static final float PIXELS_PER_POINT = 2f;

    /**
     * The largest page picture drawn (an A3 page is 4 million pixels): the server draws it in its
     * own process, and a page declared 14,400 points square would otherwise ask for gigabytes.
     */
    static final long MAX_PIXELS = 40_000_000L;

    private SourcePage() {
    }

    static byte[] png(byte[] content, String mediaType, int page) throws IOException, SourceUnavailable, ExtractionException {
        BufferedImage picture;
        if (mediaType.equals("application/pdf")) {
            picture = pdf(content, page);
        } else if (mediaType.equals(OfdExtractor.MEDIA_TYPE)) {
            picture = ofd(content, page);
        } else if (mediaType.startsWith("image/")) {
            picture = picture(content, page);
        } else {
            throw new SourceUnavailable("这种格式的文件没有页面，无法显示页面图像");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", out);
        return out.toByteArray();
    }

    private static BufferedImage pdf(byte[] content, int page) throws SourceUnavailable {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (page < 1 || page > document.getNumberOfPages()) {
                throw noPage(page, document.getNumberOfPages());
            }
            var box = document.getPage(page - 1).getCropBox();
            checkSize(box.getWidth(), box.getHeight());
            return new PDFRenderer(document).renderImage(page - 1, PIXELS_PER_POINT);
        } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
            throw new SourceUnavailable("PDF文件设置了打开密码，无法显示其页面");
        } catch (IOException e) {
            throw new SourceUnavailable("PDF文件已损坏，无法显示其页面");
        }
    }

    private static void checkSize(float widthPoints, float heightPoints) throws SourceUnavailable {
        double pixels = (double) widthPoints * PIXELS_PER_POINT * heightPoints * PIXELS_PER_POINT;
        if (pixels > MAX_PIXELS) {
            throw new SourceUnavailable("页面过大（" + Math.round(widthPoints) + "×" + Math.round(heightPoints) + "点），无法显示");
        }
    }

    /**
     * An OFD page redrawn from what xxgk reads on it, its text and its lines, at their places:
     * ofdrw renders only in ofdrw-converter, which brings PDFBox 2 and iText (see dependencies).
     */
    private static BufferedImage ofd(byte[] content, int page) throws ExtractionException, SourceUnavailable {
        PageModel model = new OfdExtractor(Limits.DEFAULT.maxPages()).page(content, page);
        if (model == null) {
            throw new SourceUnavailable("文件中没有第" + page + "页");
        }
        checkSize(model.width(), model.height());
        BufferedImage picture = new BufferedImage(Math.max(1, Math.round(model.width() * PIXELS_PER_POINT)),
                Math.max(1, Math.round(model.height() * PIXELS_PER_POINT)), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, picture.getWidth(), picture.getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(PIXELS_PER_POINT, PIXELS_PER_POINT);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(0.6f));
            for (Ruling ruling : model.rulings()) {
                g.draw(new Line2D.Double(ruling.getX1(), ruling.getY1(), ruling.getX2(), ruling.getY2()));
            }
            for (TextElement glyph : model.glyphs()) {
                // A glyph's box is the part above the baseline (0.7 of the font size, as OfdPage measures it).
                float size = glyph.getFontSize() > 0 ? glyph.getFontSize() : (float) glyph.getHeight() / 0.7f;
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(size));
                g.drawString(glyph.getText(), (float) glyph.getX(), (float) (glyph.getY() + glyph.getHeight()));
            }
        } finally {
            g.dispose();
        }
        return picture;
    }

    private static BufferedImage picture(byte[] content, int page) throws SourceUnavailable {
        try {
            int frames = Pictures.frames(content);
            if (page < 1 || page > frames) {
                throw noPage(page, frames);
            }
            // Pictures.frame reads a picture declaring more than its limit at a fraction of its pixels.
            return Pictures.frame(content, page - 1);
        } catch (IOException e) {
            throw new SourceUnavailable("图片文件已损坏，无法显示");
        }
    }

    private static SourceUnavailable noPage(int page, int pages) {
        return new SourceUnavailable("文件中没有第" + page + "页（共" + pages + "页）");
    }
}
