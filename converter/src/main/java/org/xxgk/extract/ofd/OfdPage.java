package org.xxgk.extract.ofd;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.basicStructure.pageObj.layer.block.ImageObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.PathObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.graph.pathObj.AbbreviatedData;
import org.ofdrw.core.graph.pathObj.OptVal;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.reader.DeltaTool;
import org.ofdrw.reader.PageInfo;
import org.xxgk.extract.page.PageModel;
import org.xxgk.extract.page.Picture;
import org.xxgk.extract.page.Rulings;
import technology.tabula.Rectangle;
import technology.tabula.Ruling;
import technology.tabula.TextElement;
import technology.tabula.Utils;

/**
 * One OFD page in the shared page model: each character of each text object a glyph at its own
 * position (TextCode X/Y, DeltaX expanded, the object's boundary and CTM applied), each straight
 * segment of a drawn path a ruling, each image a picture. OFD measures in millimetres from the
 * page's top left; the model is in points.
 */
final class OfdPage {

    private static final double POINTS_PER_MM = 72 / 25.4;
    /** Of the font size, the part a glyph stands above its baseline (what the PDF scanner's glyph heights come to). */
    private static final double GLYPH_HEIGHT = 0.7;

    /** Nesting of page blocks beyond which nothing is read: no page lays its content out so deep. */
    static final int MAX_DEPTH = 32;

    /** A page as read, and whether blocks nested beyond {@link #MAX_DEPTH} held anything, left unread. */
    record Read(PageModel page, boolean cut) {
    }

    private final List<TextElement> glyphs = new ArrayList<>();
    private final List<Ruling> rulings = new ArrayList<>();
    private final List<Picture> pictures = new ArrayList<>();
    /** Blocks nested beyond {@link #MAX_DEPTH} held something. */
    private boolean cut;

    private OfdPage() {
    }

    static Read read(int number, PageInfo info) {
        OfdPage page = new OfdPage();
        for (CT_Layer layer : info.getAllLayer()) {
            page.blocks(layer.getPageBlocks(), 0);
        }
        ST_Box size = info.getSize();
        Utils.sort(page.glyphs, Rectangle.ILL_DEFINED_ORDER);
        List<Picture> pictures = List.copyOf(page.pictures);
        return new Read(new PageModel(number, 0, (float) (size.getWidth() * POINTS_PER_MM), (float) (size.getHeight() * POINTS_PER_MM),
                page.glyphs, page.rulings, () -> pictures), page.cut);
    }

    private void blocks(List<PageBlockType> blocks, int depth) {
        if (depth > MAX_DEPTH) {
            cut |= !blocks.isEmpty(); // a hostile file's recursion, not a page's layout: said, not read
            return;
        }
        for (PageBlockType block : blocks) {
            if (block instanceof TextObject text) {
                text(text);
            } else if (block instanceof PathObject path) {
                path(path);
            } else if (block instanceof ImageObject image) {
                ST_Box b = image.getBoundary();
                if (b != null) {
                    pictures.add(new Picture(pt(b.getTopLeftX()), pt(b.getTopLeftY()), pt(b.getTopLeftX() + b.getWidth()),
                            pt(b.getTopLeftY() + b.getHeight()), null));
                }
            } else if (block instanceof CT_PageBlock group) {
                blocks(group.getPageBlocks(), depth + 1);
            }
        }
    }

    private void text(TextObject object) {
        ST_Box boundary = object.getBoundary();
        if (boundary == null || object.getSize() == null) {
            return;
        }
        AffineTransform toPage = toPage(boundary, object.getCTM());
        double size = object.getSize();
        double scale = Math.hypot(toPage.getScaleX(), toPage.getShearY()) * POINTS_PER_MM;
        double fontSize = size * scale;
        Double x = null;
        Double y = null;
        for (TextCode code : object.getTextCodes()) {
            String content = code.getContent();
            if (content == null || content.isEmpty()) {
                continue;
            }
            x = code.getX() != null ? code.getX() : x;
            y = code.getY() != null ? code.getY() : y;
            if (x == null || y == null) {
                continue;
            }
            int[] chars = content.codePoints().toArray();
            List<Float> deltas = code.getDeltaX() == null ? List.of() : DeltaTool.getDelta(code.getDeltaX(), chars.length);
            double at = x;
            List<Point2D> starts = new ArrayList<>();
            for (int i = 0; i < chars.length; i++) {
                Point2D mm = toPage.transform(new Point2D.Double(at, y), null);
                starts.add(new Point2D.Double(pt(mm.getX()), pt(mm.getY())));
                at += i < deltas.size() ? deltas.get(i) : size;
            }
            for (int i = 0; i < chars.length; i++) {
                Point2D start = starts.get(i);
                String c = new String(Character.toChars(chars[i]));
                double width = i + 1 < chars.length ? starts.get(i + 1).getX() - start.getX()
                        : (chars[i] < 0x2E80 ? 0.5 : 1) * fontSize;
                if (width <= 0) {
                    width = (chars[i] < 0x2E80 ? 0.5 : 1) * fontSize;
                }
                double height = GLYPH_HEIGHT * fontSize;
                glyphs.add(new TextElement(round(start.getY() - height), round(start.getX()), round(width), round(height), null,
                        (float) fontSize, c, (float) (0.25 * fontSize), 0));
            }
            x = at; // a TextCode without X continues where the last one ended
        }
    }

    /** The straight segments of a stroked or filled path: table rules, as a PDF's paths give them. */
    private void path(PathObject object) {
        boolean painted = !Boolean.FALSE.equals(object.getStroke()) || Boolean.TRUE.equals(object.getFill());
        ST_Box boundary = object.getBoundary();
        String data = object.getAbbreviatedData();
        if (!painted || boundary == null || data == null) {
            return;
        }
        AffineTransform toPage = toPage(boundary, object.getCTM());
        toPage.preConcatenate(AffineTransform.getScaleInstance(POINTS_PER_MM, POINTS_PER_MM));
        List<Point2D> subpath = new ArrayList<>();
        boolean curved = false;
        for (OptVal op : AbbreviatedData.parse(data)) {
            double[] v = op.getValues();
            switch (op.getOpt()) {
                case "S", "M" -> {
                    flush(subpath, false, curved);
                    curved = false;
                    if (v.length >= 2) {
                        subpath.add(toPage.transform(new Point2D.Double(v[0], v[1]), null));
                    }
                }
                case "L" -> {
                    if (v.length >= 2) {
                        subpath.add(toPage.transform(new Point2D.Double(v[0], v[1]), null));
                    }
                }
                case "C" -> {
                    flush(subpath, true, curved);
                    curved = false;
                }
                default -> {
                    curved = true; // Q, B, A: a path with curves draws no rule
                    if (v.length >= 2) {
                        subpath.add(toPage.transform(new Point2D.Double(v[v.length - 2], v[v.length - 1]), null));
                    }
                }
            }
        }
        flush(subpath, false, curved);
    }

    private void flush(List<Point2D> subpath, boolean closed, boolean curved) {
        if (!curved && subpath.size() > 1) {
            Rulings.add(List.copyOf(subpath), closed, null, rulings);
        }
        subpath.clear();
    }

    /** Object space (mm, CTM applied first) to page space (mm): the boundary's corner is the origin. */
    private static AffineTransform toPage(ST_Box boundary, ST_Array ctm) {
        AffineTransform t = AffineTransform.getTranslateInstance(boundary.getTopLeftX(), boundary.getTopLeftY());
        if (ctm != null) {
            Double[] m = ctm.toDouble();
            if (m.length == 6) {
                t.concatenate(new AffineTransform(m[0], m[1], m[2], m[3], m[4], m[5]));
            }
        }
        return t;
    }

    private static double pt(double mm) {
        return mm * POINTS_PER_MM;
    }

    private static float round(double value) {
        return Math.round(value * 100) / 100f;
    }
}
