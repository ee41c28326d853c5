package org.xxgk.extract.pdf;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.xxgk.LimitExceeded;
import org.xxgk.extract.page.PageModel;
import org.xxgk.extract.page.Rulings;
import technology.tabula.Rectangle;
import technology.tabula.Ruling;
import technology.tabula.TextElement;
import technology.tabula.Utils;

/**
 * Reads every page of a PDF in one pass into the shared page model: the glyphs, as Tabula's own
 * text stripper places them, and the ruling lines of stroked or filled straight paths. Tabula's ObjectExtractor walks each page's content twice (once for lines, once for
 * text) and parses the whole page tree again for every page; one pass does the same work once.
 * Each page is handed on as soon as it is read, so the caller need not keep every page's glyphs.
 */
final class PageScanner extends PDFTextStripper {

    /**
     * Content-stream operators one page may run, form XObjects' included. The densest page of the
     * reports in testdata and ../shared/corpus runs 5,831 (a table of a few hundred cells, every
     * word and rule its own operators); 200,000 is over thirty times that. A page beyond it is a
     * drawing, a scan traced into vectors, or forms drawing forms over and over (a few kilobytes
     * can ask for 10^13 operators), and no table of a report; stopping there costs a second or two.
     */
    static final int MAX_OPERATORS_PER_PAGE = 200_000;
    /**
     * Form XObjects inside form XObjects: reports nest one to three (a page template, a stamp).
     * PDFBox itself stops at 50 levels, but 28 levels each drawing the next three times is
     * 3^28 drawings; at 12 the page stops before the work grows.
     */
    static final int MAX_FORM_DEPTH = 12;


    private final PDDocument document;
    private final Consumer<PageModel> each;
    private int read;
    /** The page just read, handed on once PDFBox is done with it. */
    private PageModel finished;

    private PDPage current;
    private int operators;
    private AffineTransform toPage;
    private Rectangle2D cropArea;
    /** The last single clipping path met (the list PDFBox keeps it in) and its bounds in page space. */
    private List<java.awt.geom.Path2D> lastClip;
    private Rectangle2D lastClipBounds;
    private List<TextElement> glyphs;
    private List<Ruling> rulings;

    /** The path under construction, in page coordinates: subpaths of points, and whether it curves. */
    private final List<List<Point2D>> subpaths = new ArrayList<>();
    private final List<Boolean> closed = new ArrayList<>();
    private boolean curved;
    /** The same path in device space, for clipping ("W n"), as the graphics state keeps clips. */
    private final GeneralPath devicePath = new GeneralPath();
    private int pendingClip = -1;

    private PageScanner(PDDocument document, Consumer<PageModel> each) {
        this.document = document;
        this.each = each;
        for (String name : List.of("m", "l", "c", "v", "y", "h", "re", "W", "W*", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n")) {
            addOperator(new PathOperator(name));
        }
    }

    /**
     * Reads the document in one pass, handing each page's model to {@code each} as soon as the
     * page is read, in order; {@code broken} gets the pages that could be read only in part.
     * Returns the number of pages read.
     */
    static int scan(PDDocument document, List<Integer> broken, PdfPictures pictures, Consumer<PageModel> each) throws IOException {
        PageScanner scanner = new PageScanner(document, each);
        scanner.pictures = pictures;
        scanner.broken = broken;
        scanner.writeText(document, Writer.nullWriter());
        return scanner.read;
    }

    /** The page model of every page of the document, all held at once (to compare with, in tests). */
    static List<PageModel> scan(PDDocument document, List<Integer> broken, PdfPictures pictures) throws IOException {
        List<PageModel> pages = new ArrayList<>();
        scan(document, broken, pictures, pages::add);
        return pages;
    }

    private List<Integer> broken = new ArrayList<>();
    private PdfPictures pictures;

    /**
     * A page whose content breaks off (a damaged stream, a missing font) keeps what was read of
     * it, and the document goes on to the next page. The page is handed on outside the guard:
     * a failure in what the caller does with it is no damage of the page.
     */
    @Override
    public void processPage(PDPage page) throws IOException {
        try {
            super.processPage(page);
        } catch (LimitExceeded e) {
            throw e; // not damage: the whole document is refused
        } catch (IOException | RuntimeException e) {
            broken.add(getCurrentPageNo());
            if (finished == null && glyphs != null) {
                endPage(page);
            }
        }
        if (finished != null) {
            PageModel done = finished;
            finished = null;
            each.accept(done);
        }
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        super.startPage(page);
        current = page;
        operators = 0;
        glyphs = new ArrayList<>();
        rulings = new ArrayList<>();
        resetPath();
        // Page space as Tabula uses it: origin at the top left of the crop box, y downwards.
        PDRectangle crop = page.getCropBox();
        int rotation = page.getRotation();
        toPage = new AffineTransform();
        if (Math.abs(rotation) == 90 || Math.abs(rotation) == 270) {
            toPage = AffineTransform.getRotateInstance(rotation * (Math.PI / 180.0), 0, 0);
            toPage.concatenate(AffineTransform.getScaleInstance(1, -1));
        } else {
            toPage.concatenate(AffineTransform.getTranslateInstance(0, crop.getHeight()));
            toPage.concatenate(AffineTransform.getScaleInstance(1, -1));
        }
        toPage.translate(-crop.getLowerLeftX(), -crop.getLowerLeftY());
        cropArea = toPage.createTransformedShape(new Rectangle2D.Float(crop.getLowerLeftX(), crop.getLowerLeftY(),
                crop.getWidth(), crop.getHeight())).getBounds2D();
        lastClip = null;
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        Utils.sort(glyphs, Rectangle.ILL_DEFINED_ORDER);
        int rotation = page.getRotation();
        boolean turned = Math.abs(rotation) == 90 || Math.abs(rotation) == 270;
        float width = turned ? page.getCropBox().getHeight() : page.getCropBox().getWidth();
        float height = turned ? page.getCropBox().getWidth() : page.getCropBox().getHeight();
        int index = getCurrentPageNo() - 1;
        read++;
        finished = new PageModel(read, rotation, width, height, glyphs, rulings, () -> ImageAreas.pictures(page, index, pictures));
        super.endPage(page);
    }

    /** Every operator of the page, in its forms, patterns and annotations too, is counted before it runs. */
    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (++operators > MAX_OPERATORS_PER_PAGE) {
            throw new LimitExceeded("PDF第" + getCurrentPageNo() + "页的绘图指令超过上限（" + MAX_OPERATORS_PER_PAGE
                    + "条），不像是一份年度报告", operators);
        }
        super.processOperator(operator, operands);
    }

    /** PDFBox counts the level up before it draws a form (or a transparency group, which is one). */
    @Override
    public void showForm(PDFormXObject form) throws IOException {
        checkFormDepth();
        super.showForm(form);
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup group) throws IOException {
        checkFormDepth();
        super.showTransparencyGroup(group);
    }

    private void checkFormDepth() {
        if (getLevel() > MAX_FORM_DEPTH) {
            throw new LimitExceeded("PDF第" + getCurrentPageNo() + "页的表单（Form XObject）嵌套超过" + MAX_FORM_DEPTH
                    + "层，不是可读取的报告", getLevel());
        }
    }

    /** Glyphs as Tabula places them: top-left corner from the baseline and the font's height. */
    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition p : positions) {
            String c = p.getUnicode();
            if (c == null || !printable(c)) {
                continue;
            }
            if (c.equals("\u00A0")) {
                c = " ";
            }
            float h = p.getHeightDir();
            TextElement glyph = new TextElement(round(p.getYDirAdj() - h), round(p.getXDirAdj()), round(p.getWidthDirAdj()),
                    round(h), p.getFont(), p.getFontSizeInPt(), c, p.getWidthOfSpace(), p.getDir());
            if (c.isBlank() && (p.getFontSizeInPt() > 40 || p.getFontSizeInPt() < 2)) {
                continue; // a giant or microscopic blank is layout debris, not a space
            }
            glyphs.add(glyph);
        }
    }

    /**
     * The glyph height Tabula uses: half the font's bounding box, or the cap height, or half the
     * ascent-to-descent span, whichever is smallest and sane.
     */
    @Override
    protected float computeFontHeight(PDFont font) throws IOException {
        BoundingBox box = font.getBoundingBox();
        if (box.getLowerLeftY() < Short.MIN_VALUE) {
            box.setLowerLeftY(-(box.getLowerLeftY() + 65536)); // broken 16-bit bounding boxes
        }
        float height = box.getHeight() / 2;
        PDFontDescriptor descriptor = font.getFontDescriptor();
        if (descriptor != null) {
            float cap = descriptor.getCapHeight();
            if (cap != 0 && (cap < height || height == 0)) {
                height = cap;
            }
            float ascent = descriptor.getAscent();
            float descent = descriptor.getDescent();
            if (ascent > 0 && descent < 0 && ((ascent - descent) / 2 < height || height == 0)) {
                height = (ascent - descent) / 2;
            }
        }
        return font instanceof PDType3Font ? font.getFontMatrix().transformPoint(0, height).y : height / 1000;
    }

    private static boolean printable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
            if (!Character.isISOControl(c) && block != null && block != Character.UnicodeBlock.SPECIALS) {
                return true;
            }
        }
        return false;
    }

    private static float round(double value) {
        return Math.round(value * 100) / 100f;
    }

    private Point2D device(float x, float y) {
        return getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
    }

    private void resetPath() {
        subpaths.clear();
        closed.clear();
        curved = false;
        devicePath.reset();
    }

    private void moveTo(float x, float y) {
        Point2D d = device(x, y);
        devicePath.moveTo(d.getX(), d.getY());
        subpaths.add(new ArrayList<>(List.of(toPage.transform(d, null))));
        closed.add(false);
    }

    private void lineTo(float x, float y) {
        Point2D d = device(x, y);
        if (devicePath.getCurrentPoint() == null) {
            devicePath.moveTo(d.getX(), d.getY());
        } else {
            devicePath.lineTo(d.getX(), d.getY());
        }
        currentSubpath().add(toPage.transform(d, null));
    }

    private void close() {
        if (!closed.isEmpty()) {
            closed.set(closed.size() - 1, true);
            if (devicePath.getCurrentPoint() != null) {
                devicePath.closePath();
            }
        }
    }

    /**
     * The current clipping area in page space, as Tabula clips rulings: its bounding box. A single
     * clipping path is shared, list and all, by the states {@code q} copies, but PDFBox keeps its
     * area only in the state that asked, which {@code Q} drops: a table drawn cell by cell inside
     * {@code q … Q} made the same area again for every cell. Its bounds are kept here instead; a
     * list of several paths changes when PDFBox combines them, so it is asked as before.
     */
    private Rectangle2D clipArea() {
        List<java.awt.geom.Path2D> paths = getGraphicsState().getCurrentClippingPaths();
        if (paths == lastClip && paths.size() == 1) {
            return lastClipBounds;
        }
        Shape clip = getGraphicsState().getCurrentClippingPath();
        Rectangle2D bounds = clip == null ? cropArea : toPage.createTransformedShape(clip).getBounds2D();
        List<java.awt.geom.Path2D> now = getGraphicsState().getCurrentClippingPaths();
        if (now.size() == 1) {
            lastClip = now;
            lastClipBounds = bounds;
        }
        return bounds;
    }

    private List<Point2D> currentSubpath() {
        if (subpaths.isEmpty()) {
            subpaths.add(new ArrayList<>());
            closed.add(false);
        }
        return subpaths.get(subpaths.size() - 1);
    }

    /** Straight segments of a painted path become rulings (Tabula then keeps the level and upright ones). */
    private void paint() {
        if (!curved && current != null) {
            Rectangle2D clip = clipArea();
            for (int s = 0; s < subpaths.size(); s++) {
                Rulings.add(subpaths.get(s), closed.get(s), clip, rulings);
            }
        }
        resetPath();
    }

    /** "n": the path only sets the clip (if "W" asked for it), it is not painted. */
    private void endPath() {
        if (pendingClip != -1 && devicePath.getCurrentPoint() != null) {
            devicePath.setWindingRule(pendingClip);
            getGraphicsState().intersectClippingPath(devicePath);
        }
        pendingClip = -1;
        resetPath();
    }

    /** The path construction and painting operators the text stripper does not handle itself. */
    private final class PathOperator extends OperatorProcessor {

        private final String name;

        PathOperator(String name) {
            super(PageScanner.this);
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            switch (name) {
                case "m" -> {
                    if (operands.size() >= 2) {
                        moveTo(number(operands, 0), number(operands, 1));
                    }
                }
                case "l" -> {
                    if (operands.size() >= 2) {
                        lineTo(number(operands, 0), number(operands, 1));
                    }
                }
                case "c", "v", "y" -> {
                    curved = true;
                    if (operands.size() >= 2) {
                        // Curves never make rulings; their end point still matters for a clip.
                        lineTo(number(operands, operands.size() - 2), number(operands, operands.size() - 1));
                    }
                }
                case "h" -> close();
                case "re" -> {
                    if (operands.size() >= 4) {
                        float x = number(operands, 0);
                        float y = number(operands, 1);
                        float w = number(operands, 2);
                        float h = number(operands, 3);
                        moveTo(x, y);
                        lineTo(x + w, y);
                        lineTo(x + w, y + h);
                        lineTo(x, y + h);
                        close();
                    }
                }
                case "W" -> pendingClip = GeneralPath.WIND_NON_ZERO;
                case "W*" -> pendingClip = GeneralPath.WIND_EVEN_ODD;
                case "n" -> endPath();
                default -> {
                    if (name.equals("s") || name.equals("b") || name.equals("b*")) {
                        close();
                    }
                    pendingClip = -1;
                    paint();
                }
            }
        }

        private float number(List<COSBase> operands, int i) {
            return operands.get(i) instanceof COSNumber n ? n.floatValue() : 0;
        }
    }
}
