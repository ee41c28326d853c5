package org.xxgk.extract.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.xxgk.extract.page.Picture;

/**
 * Finds the pictures drawn on a page and where they stand, to tell a table published as an
 * image (or a scanned page) from a page of text, and to read them by OCR.
 */
final class ImageAreas extends PDFGraphicsStreamEngine {

    private final List<Picture> pictures = new ArrayList<>();
    private final int index;
    private final PdfPictures sources;

    private ImageAreas(PDPage page, int index, PdfPictures sources) {
        super(page);
        this.index = index;
        this.sources = sources;
    }

    /** The pictures drawn on a page (none, cheaply, when it has no image at all); none when it cannot be read. */
    static List<Picture> pictures(PDPage page, int index, PdfPictures sources) {
        try {
            PDResources resources = page.getResources();
            if (resources == null || !hasImage(resources)) {
                return List.of();
            }
            ImageAreas areas = new ImageAreas(page, index, sources);
            areas.processPage(page);
            return areas.pictures;
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean hasImage(PDResources resources) throws IOException {
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void drawImage(PDImage image) {
        if (!(image instanceof PDImageXObject)) {
            return;
        }
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        double width = Math.hypot(ctm.getScaleX(), ctm.getShearY());
        double height = Math.hypot(ctm.getShearX(), ctm.getScaleY());
        double top = getPage().getMediaBox().getHeight() - (ctm.getTranslateY() + height);
        pictures.add(new Picture(ctm.getTranslateX(), top, ctm.getTranslateX() + width, top + height,
                sources.region(index, ctm.getTranslateX(), ctm.getTranslateY(), width, height, image.getWidth())));
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void moveTo(float x, float y) {
    }

    @Override
    public void lineTo(float x, float y) {
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float(0, 0);
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
    }

    @Override
    public void strokePath() {
    }

    @Override
    public void fillPath(int windingRule) {
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}
