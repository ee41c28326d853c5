import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.ofdrw.core.basicStructure.pageObj.Content;
import org.ofdrw.core.basicStructure.pageObj.Page;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.Type;
import org.ofdrw.core.basicStructure.pageObj.layer.block.PathObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.basicType.ST_ID;
import org.ofdrw.core.basicType.ST_RefID;
import org.ofdrw.core.graph.pathObj.AbbreviatedData;
import org.ofdrw.core.pageDescription.color.color.CT_Color;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.core.text.font.CT_Font;
import org.ofdrw.core.text.text.Weight;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.pkg.container.PageDir;
import org.ofdrw.pkg.container.PagesDir;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes OFD test files from the test PDFs: every text run of a PDF page becomes an OFD
 * TextObject with real Unicode TextCode at the same position, and every straight table rule
 * (stroked line or thin filled rectangle) becomes a PathObject. See README.md.
 *
 * <pre>
 * mvn -q compile exec:java                       # all files, repo root = ../..
 * mvn -q compile exec:java -Dexec.args="REPO [name ...]"
 * </pre>
 */
public final class MakeOfd {

    /** PDF points to OFD millimetres. */
    static final double K = 25.4 / 72.0;

    /** How a text run is written. */
    enum TextMode {
        /** one TextObject per run, one TextCode (own X/Y, no DeltaX) per glyph */
        GLYPH_CODES,
        /** one TextCode per run, DeltaX written out value by value */
        DELTA,
        /** one TextCode per run, DeltaX using the "g count value" shorthand for repeats */
        DELTA_G
    }

    /**
     * How a table rule is written, whatever the PDF drew (LibreOffice strokes its table borders:
     * "m l S" with a 0.1pt or 0.75pt pen; a thin filled box "re f" is also recognised).
     */
    enum RuleMode {
        /** a stroked line: M x1 y1 L x2 y2, LineWidth = pen width (or box thickness) */
        STROKE_LINE,
        /** a filled closed rectangle path (Stroke="false" Fill="true") as thick as the pen */
        FILLED_RECT,
        /** horizontal rules as filled rectangles, vertical rules as stroked lines */
        MIXED
    }

    record Spec(String name, String pdf, TextMode text, RuleMode rules,
                boolean pageBoxText, boolean pageBoxPaths, boolean explicitStroke) {
    }

    static final List<Spec> SPECS = List.of(
            // per-glyph TextCodes, tight boundaries, rules as stroked lines (Stroke attr left to its default)
            new Spec("004", "004.pdf", TextMode.GLYPH_CODES, RuleMode.STROKE_LINE, false, false, false),
            // DeltaX with the g shorthand; rules as filled rectangles whose Boundary is the whole page
            // (path coordinates are then page coordinates)
            new Spec("003", "003.pdf", TextMode.DELTA_G, RuleMode.FILLED_RECT, false, true, true),
            // plain DeltaX; the PDF has no table rules
            new Spec("004-noborder", "004-noborder.pdf", TextMode.DELTA, RuleMode.STROKE_LINE, false, false, true),
            // per-glyph TextCodes inside TextObjects whose Boundary is the whole page;
            // horizontal rules as filled rects, vertical rules as stroked lines
            new Spec("000", "000.pdf", TextMode.GLYPH_CODES, RuleMode.MIXED, true, false, true));

    public static void main(String[] args) throws Exception {
        Path repo = Paths.get(args.length > 0 ? args[0] : "../..").toAbsolutePath().normalize();
        List<String> only = new ArrayList<>();
        for (int i = 1; i < args.length; i++) only.add(args[i]);
        Path srcDir = repo.resolve("testdata/office");
        Path outDir = repo.resolve("testdata/ofd");
        for (Spec s : SPECS) {
            if (!only.isEmpty() && !only.contains(s.name)) continue;
            Path pdf = srcDir.resolve(s.pdf);
            Path ofd = outDir.resolve(s.name + ".ofd");
            int pages = convert(pdf, ofd, s);
            repack(ofd, s.name);
            writeExpected(srcDir.resolve(s.pdf + ".expected.json"),
                    outDir.resolve(s.name + ".ofd.expected.json"), ofd, pages);
        }
    }

    /**
     * Rewrites the OFD zip deterministically: entries sorted by name, fixed timestamps, and in
     * OFD.xml a DocID derived from the file name and a fixed CreationDate (ofdrw writes a random
     * UUID and today's date). So re-running the generator gives the same bytes and sha256.
     */
    static void repack(Path ofd, String name) throws IOException {
        Map<String, byte[]> entries = new java.util.TreeMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(ofd))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (!e.isDirectory()) entries.put(e.getName(), in.readAllBytes());
            }
        }
        byte[] ofdXml = entries.get("OFD.xml");
        if (ofdXml != null) {
            String docId = java.util.HexFormat.of().formatHex(sha256(("xxgk-testdata-" + name).getBytes(
                    java.nio.charset.StandardCharsets.UTF_8))).substring(0, 32);
            String x = new String(ofdXml, java.nio.charset.StandardCharsets.UTF_8)
                    .replaceFirst("<ofd:DocID>[^<]*</ofd:DocID>", "<ofd:DocID>" + docId + "</ofd:DocID>")
                    .replaceFirst("<ofd:CreationDate>[^<]*</ofd:CreationDate>", "<ofd:CreationDate>2024-01-01</ofd:CreationDate>");
            entries.put("OFD.xml", x.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        long t = java.time.LocalDateTime.of(2024, 1, 1, 0, 0).atZone(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(ofd))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                java.util.zip.ZipEntry ze = new java.util.zip.ZipEntry(e.getKey());
                ze.setTime(t);
                out.putNextEntry(ze);
                out.write(e.getValue());
                out.closeEntry();
            }
        }
    }

    /** Copies the PDF's expected JSON, replacing only its "source" object. */
    static void writeExpected(Path pdfExpected, Path out, Path ofd, int pages) throws IOException {
        String json = Files.readString(pdfExpected);
        String sha = java.util.HexFormat.of().formatHex(sha256(Files.readAllBytes(ofd)));
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("(\"source\": \\{)([^{}]*)(\\})").matcher(json);
        if (!m.find()) throw new IOException("no \"source\" object in " + pdfExpected);
        String indent = m.group(2).replaceFirst("(?s)^\\R([ \\t]*).*", "$1");
        String outer = indent.length() >= 2 ? indent.substring(2) : "";
        String src = "\"source\": {\n"
                + indent + "\"file\": \"" + ofd.getFileName() + "\",\n"
                + indent + "\"media_type\": \"application/ofd\",\n"
                + indent + "\"sha256\": \"" + sha + "\",\n"
                + indent + "\"pages\": " + pages + "\n"
                + outer + "}";
        Files.writeString(out, json.substring(0, m.start()) + src + json.substring(m.end()));
        System.out.println("  wrote " + out.getFileName() + " (sha256 " + sha + ")");
    }

    static byte[] sha256(byte[] b) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(b);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ model

    /** One glyph of the PDF, in points, y measured from the page top to the baseline. */
    record Glyph(String text, double x, double base, double w, double size, String font, int op) {
    }

    /** A straight rule: a stroked segment, or a thin filled box (x,y = top-left). All in points, y down. */
    record Rule(boolean filledBox, double x1, double y1, double x2, double y2, double width, int[] rgb) {
    }

    record PageData(double wPt, double hPt, List<List<Glyph>> runs, List<Rule> rules) {
    }

    // ------------------------------------------------------------------ conversion

    static int convert(Path pdf, Path ofd, Spec spec) throws IOException {
        List<PageData> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                PDRectangle box = page.getCropBox();
                RuleCollector rc = new RuleCollector(page);
                rc.processPage(page);
                List<Glyph> glyphs = GlyphCollector.collect(doc, i + 1);
                List<List<Glyph>> runs = groupRuns(glyphs, rc.rules);
                if (System.getenv("OFD_DEBUG") != null && Integer.parseInt(System.getenv("OFD_DEBUG")) == i + 1) {
                    for (List<Glyph> run : runs) {
                        StringBuilder sb = new StringBuilder();
                        for (Glyph g : run) sb.append(g.text).append('[').append(g.op).append(']');
                        System.out.println(sb);
                    }
                }
                pages.add(new PageData(box.getWidth(), box.getHeight(), runs, rc.rules));
            }
        }

        Files.deleteIfExists(ofd);
        PageData first = pages.get(0);
        try (OFDDoc doc = new OFDDoc(ofd)) {
            PageLayout layout = new PageLayout(mm(first.wPt), mm(first.hPt));
            layout.setMargin(0d);
            doc.setDefaultPageLayout(layout);
            // font resources (PublicRes.xml), no embedding
            Map<String, ST_ID> fontIds = new LinkedHashMap<>();
            for (PageData p : pages)
                for (List<Glyph> run : p.runs) {
                    String key = fontKey(run.get(0).font);
                    if (!fontIds.containsKey(key)) {
                        fontIds.put(key, doc.getResManager().addRawWithCache(ctFont(key)));
                    }
                }
            for (PageData p : pages) {
                VirtualPage vp = new VirtualPage(new PageLayout(mm(p.wPt), mm(p.hPt)).setMargin(0d));
                doc.addVPage(vp);
            }
            // The layout engine makes the (empty) pages; fill their Content with raw objects afterwards.
            doc.onRenderFinish((AtomicInteger maxId, org.ofdrw.pkg.container.OFDDir dir, int docIndex) -> {
                try {
                    PagesDir pagesDir = dir.obtainDocDefault().getPages();
                    for (int i = 0; i < pages.size(); i++) {
                        PageDir pd = pagesDir.getByIndex(i);
                        Page page = pd.getContent();
                        page.setContent(buildContent(pages.get(i), spec, fontIds, maxId));
                    }
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
        }
        int nt = 0, nr = 0;
        for (PageData p : pages) {
            nt += p.runs.size();
            nr += p.rules.size();
        }
        System.out.printf(Locale.ROOT, "%s -> %s: %d pages, %d text runs, %d rules (%s, %s)%n",
                pdf.getFileName(), ofd.getFileName(), pages.size(), nt, nr, spec.text, spec.rules);
        for (int i = 0; i < pages.size(); i++) {
            PageData p = pages.get(i);
            long filled = p.rules.stream().filter(Rule::filledBox).count();
            System.out.printf(Locale.ROOT, "  page %d: %d runs, %d rules (%d stroked segments, %d thin filled boxes)%n",
                    i + 1, p.runs.size(), p.rules.size(), p.rules.size() - filled, filled);
        }
        return pages.size();
    }

    static Content buildContent(PageData p, Spec spec, Map<String, ST_ID> fontIds, AtomicInteger maxId) {
        Content content = new Content();
        CT_Layer layer = new CT_Layer();
        layer.setObjID(maxId.incrementAndGet());
        layer.setType(Type.Body);
        content.addLayer(layer);
        // rules first (under the text), like most exporters
        for (Rule r : p.rules) layer.addPageBlock(pathObject(r, p, spec, maxId));
        for (List<Glyph> run : p.runs) layer.addPageBlock(textObject(run, p, spec, fontIds, maxId));
        return content;
    }

    // ------------------------------------------------------------------ text

    static TextObject textObject(List<Glyph> run, PageData p, Spec spec, Map<String, ST_ID> fontIds, AtomicInteger maxId) {
        Glyph g0 = run.get(0);
        Glyph gl = run.get(run.size() - 1);
        double size = g0.size;
        double x0 = g0.x, x1 = gl.x + gl.w;
        double base = g0.base;
        TextObject t = new TextObject(maxId.incrementAndGet());
        String fk = fontKey(g0.font);
        t.setFont(new ST_RefID(fontIds.get(fk)));
        t.setSize(r3(mm(size)));
        if (fk.endsWith("-Bold")) t.setWeight(Weight.W_700);

        // Boundary: tight box around the run, or the whole page (then X/Y are page coordinates)
        double bx, by;
        if (spec.pageBoxText) {
            bx = 0;
            by = 0;
            t.setBoundary(new ST_Box(0, 0, r3(mm(p.wPt)), r3(mm(p.hPt))));
        } else {
            bx = r3(mm(x0) - 0.1);
            by = r3(mm(base - size * 0.88) - 0.1);
            double bw = r3(mm(x1 - x0) + 0.2);
            double bh = r3(mm(size * 1.12) + 0.2);
            t.setBoundary(new ST_Box(bx, by, bw, bh));
        }
        double y = r3(mm(base) - by);

        if (spec.text == TextMode.GLYPH_CODES) {
            for (Glyph g : run) {
                if (blank(g.text)) continue;
                TextCode tc = new TextCode();
                tc.setX(r3(mm(g.x) - bx));
                tc.setY(y);
                tc.setContent(g.text);
                t.addTextCode(tc);
            }
        } else {
            // one TextCode: character positions relative to the previous character
            StringBuilder sb = new StringBuilder();
            List<Double> xs = new ArrayList<>();
            for (Glyph g : run) {
                int[] cps = g.text.codePoints().toArray();
                for (int k = 0; k < cps.length; k++) {
                    sb.appendCodePoint(cps[k]);
                    xs.add(g.x + g.w * k / cps.length);
                }
            }
            TextCode tc = new TextCode();
            double tx = r3(mm(xs.get(0)) - bx);
            tc.setX(tx);
            tc.setY(y);
            tc.setContent(sb.toString());
            if (xs.size() > 1) {
                List<String> d = new ArrayList<>();
                if (spec.text == TextMode.DELTA_G) {
                    // rounded advances, so equal advances give equal values for the g shorthand
                    // (the rounding error adds up to at most 0.0005 mm per character)
                    for (int k = 1; k < xs.size(); k++) d.add(fmt(r3(mm(xs.get(k) - xs.get(k - 1)))));
                } else {
                    // deltas from rounded absolute positions so that rounding errors do not add up
                    double prev = tx;
                    for (int k = 1; k < xs.size(); k++) {
                        double cur = r3(mm(xs.get(k)) - bx);
                        d.add(fmt(cur - prev));
                        prev = cur;
                    }
                }
                List<String> arr = spec.text == TextMode.DELTA_G ? gShorthand(d) : d;
                tc.setDeltaX(new ST_Array(arr.toArray(new Serializable[0])));
            }
            t.addTextCode(tc);
        }
        return t;
    }

    /** Writes runs of at least 3 equal deltas as "g count value" (GB/T 33190 7.9 / 11.2). */
    static List<String> gShorthand(List<String> d) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < d.size()) {
            int j = i;
            while (j < d.size() && d.get(j).equals(d.get(i))) j++;
            int n = j - i;
            if (n >= 3) {
                out.add("g");
                out.add(Integer.toString(n));
                out.add(d.get(i));
            } else {
                for (int k = i; k < j; k++) out.add(d.get(k));
            }
            i = j;
        }
        return out;
    }

    static String fontKey(String pdfFont) {
        String f = pdfFont == null ? "" : pdfFont.replaceFirst("^[A-Z]{6}\\+", "");
        boolean bold = f.contains("Bold");
        String base;
        if (f.contains("SansCJK") || f.contains("Hei")) base = "黑体";
        else if (f.contains("CJK") || f.contains("Song") || f.contains("Sun")) base = "宋体";
        else if (f.contains("DejaVuSans")) base = "Arial";
        else base = "Times New Roman";
        return bold ? base + "-Bold" : base;
    }

    static CT_Font ctFont(String key) {
        boolean bold = key.endsWith("-Bold");
        String name = bold ? key.substring(0, key.length() - 5) : key;
        String family = switch (name) {
            case "宋体" -> "SimSun";
            case "黑体" -> "SimHei";
            default -> name;
        };
        CT_Font f = new CT_Font().setFontName(name).setFamilyName(family);
        if (bold) f.setBold(true);
        if (name.equals("宋体") || name.equals("Times New Roman")) f.setSerif(true);
        return f;
    }

    // ------------------------------------------------------------------ paths

    static PathObject pathObject(Rule r, PageData p, Spec spec, AtomicInteger maxId) {
        PathObject o = new PathObject(new ST_ID(maxId.incrementAndGet()));
        CT_Color color = CT_Color.rgb(r.rgb);
        // the rule as a centre line (x1,y1)-(x2,y2) of width lw, in points, y down
        double x1, y1, x2, y2, lw;
        if (r.filledBox) {
            double w = r.x2 - r.x1, h = r.y2 - r.y1;
            if (w >= h) {
                x1 = r.x1; x2 = r.x2; y1 = y2 = (r.y1 + r.y2) / 2; lw = h;
            } else {
                y1 = r.y1; y2 = r.y2; x1 = x2 = (r.x1 + r.x2) / 2; lw = w;
            }
        } else {
            x1 = r.x1; y1 = r.y1; x2 = r.x2; y2 = r.y2; lw = r.width;
        }
        boolean horizontal = Math.abs(y1 - y2) < 0.01;
        boolean asFilled = spec.rules == RuleMode.FILLED_RECT
                || (spec.rules == RuleMode.MIXED && horizontal);
        if (asFilled) {
            // the same rule as a thin filled box (butt ends)
            double bx0, by0, bx1, by1;
            if (r.filledBox) {
                bx0 = r.x1; by0 = r.y1; bx1 = r.x2; by1 = r.y2;
            } else if (horizontal) {
                bx0 = Math.min(x1, x2); bx1 = Math.max(x1, x2); by0 = y1 - lw / 2; by1 = y1 + lw / 2;
            } else {
                by0 = Math.min(y1, y2); by1 = Math.max(y1, y2); bx0 = x1 - lw / 2; bx1 = x1 + lw / 2;
            }
            double x = mm(bx0), y = mm(by0), w = mm(bx1 - bx0), h = mm(by1 - by0);
            double bx = spec.pageBoxPaths ? 0 : r3(x), by = spec.pageBoxPaths ? 0 : r3(y);
            if (spec.pageBoxPaths) o.setBoundary(new ST_Box(0, 0, r3(mm(p.wPt)), r3(mm(p.hPt))));
            else o.setBoundary(new ST_Box(bx, by, Math.max(r3(w), 0.001), Math.max(r3(h), 0.001)));
            double lx = r3(x - bx), ly = r3(y - by);
            double rx = r3(lx + Math.max(r3(w), 0.001)), ry = r3(ly + Math.max(r3(h), 0.001));
            o.setAbbreviatedData(new AbbreviatedData().M(lx, ly).L(rx, ly).L(rx, ry).L(lx, ry).C());
            o.setStroke(false);
            o.setFill(true);
            o.setFillColor(color);
            return o;
        }
        // a stroked segment
        double lwm = Math.max(r3(mm(lw)), 0.001);
        double half = lwm / 2;
        double minx = Math.min(mm(x1), mm(x2)) - half, miny = Math.min(mm(y1), mm(y2)) - half;
        double bx = spec.pageBoxPaths ? 0 : r3(minx), by = spec.pageBoxPaths ? 0 : r3(miny);
        if (spec.pageBoxPaths) o.setBoundary(new ST_Box(0, 0, r3(mm(p.wPt)), r3(mm(p.hPt))));
        else o.setBoundary(new ST_Box(bx, by,
                r3(Math.abs(mm(x2) - mm(x1)) + lwm), r3(Math.abs(mm(y2) - mm(y1)) + lwm)));
        o.setAbbreviatedData(new AbbreviatedData()
                .M(r3(mm(x1) - bx), r3(mm(y1) - by))
                .L(r3(mm(x2) - bx), r3(mm(y2) - by)));
        o.setLineWidth(lwm);
        if (spec.explicitStroke) o.setStroke(true);   // otherwise rely on the default Stroke="true"
        o.setStrokeColor(color);
        return o;
    }

    // ------------------------------------------------------------------ grouping

    /**
     * Groups glyphs into runs: same baseline, same font and size, no gap wider than 0.6 em,
     * no vertical rule between two glyphs, and drawn by the same or consecutive text-showing
     * operators. Leading/trailing blanks are dropped, and so are runs of blanks only.
     */
    static List<List<Glyph>> groupRuns(List<Glyph> glyphs, List<Rule> rules) {
        List<Glyph> gs = new ArrayList<>(glyphs);
        // line clusters by baseline, then x
        gs.sort(Comparator.comparingDouble(Glyph::base));
        List<List<Glyph>> lines = new ArrayList<>();
        for (Glyph g : gs) {
            List<Glyph> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && Math.abs(last.get(0).base - g.base) <= Math.max(0.5, 0.15 * g.size)) last.add(g);
            else {
                List<Glyph> l = new ArrayList<>();
                l.add(g);
                lines.add(l);
            }
        }
        List<List<Glyph>> runs = new ArrayList<>();
        for (List<Glyph> line : lines) {
            line.sort(Comparator.comparingDouble(Glyph::x));
            List<Glyph> cur = new ArrayList<>();
            Glyph prev = null;
            for (Glyph g : line) {
                boolean split = false;
                if (prev != null) {
                    double gap = g.x - (prev.x + prev.w);
                    split = !fontKey(g.font).equals(fontKey(prev.font))
                            || Math.abs(g.size - prev.size) > 0.1
                            || Math.abs(g.base - prev.base) > 0.5
                            || gap > 0.6 * Math.max(g.size, prev.size)
                            || gap < -0.5 * g.size
                            // drawn by non-consecutive text operators: another text portion
                            // (e.g. the next table cell when the table has no rules)
                            || (g.op - prev.op != 0 && g.op - prev.op != 1 && g.op >= 0 && prev.op >= 0)
                            || ruleBetween(rules, prev.x + prev.w * 0.5, g.x + g.w * 0.5, g.base - g.size * 0.4);
                }
                if (split) {
                    addRun(runs, cur);
                    cur = new ArrayList<>();
                }
                cur.add(g);
                prev = g;
            }
            addRun(runs, cur);
        }
        return runs;
    }

    static void addRun(List<List<Glyph>> runs, List<Glyph> run) {
        int a = 0, b = run.size();
        while (a < b && blank(run.get(a).text)) a++;
        while (b > a && blank(run.get(b - 1).text)) b--;
        if (a < b) runs.add(new ArrayList<>(run.subList(a, b)));
    }

    static boolean blank(String s) {
        return s.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    static boolean ruleBetween(List<Rule> rules, double xa, double xb, double y) {
        for (Rule r : rules) {
            double rx, ry1, ry2;
            if (r.filledBox) {
                if (r.x2 - r.x1 > r.y2 - r.y1) continue;
                rx = (r.x1 + r.x2) / 2; ry1 = r.y1; ry2 = r.y2;
            } else {
                if (Math.abs(r.x1 - r.x2) > 0.01) continue;
                rx = r.x1; ry1 = Math.min(r.y1, r.y2); ry2 = Math.max(r.y1, r.y2);
            }
            if (rx > xa && rx < xb && y >= ry1 - 1 && y <= ry2 + 1) return true;
        }
        return false;
    }

    // ------------------------------------------------------------------ PDFBox collectors

    /** Collects the glyphs of one page (after PDFTextStripper's overlap/fake-bold removal). */
    static final class GlyphCollector extends PDFTextStripper {
        final List<Glyph> glyphs = new ArrayList<>();
        /** which text-showing operator (Tj, TJ, ', ") drew each glyph */
        private final Map<TextPosition, Integer> opOf = new java.util.IdentityHashMap<>();
        private int op;

        @Override
        public void showTextString(byte[] string) throws IOException {
            op++;
            super.showTextString(string);
        }

        @Override
        public void showTextStrings(org.apache.pdfbox.cos.COSArray array) throws IOException {
            op++;
            super.showTextStrings(array);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            opOf.put(text, op);
            super.processTextPosition(text);
        }

        static List<Glyph> collect(PDDocument doc, int pageNo) throws IOException {
            GlyphCollector c = new GlyphCollector();
            c.setStartPage(pageNo);
            c.setEndPage(pageNo);
            c.getText(doc);
            return c.glyphs;
        }

        @Override
        protected void writePage() {
            for (List<TextPosition> article : getCharactersByArticle()) {
                for (TextPosition tp : article) {
                    String u = tp.getUnicode();
                    if (u == null || u.isEmpty()) continue;
                    double size = tp.getFontSizeInPt();
                    if (size <= 0) size = tp.getHeightDir();
                    String font = tp.getFont() == null ? "" : tp.getFont().getName();
                    glyphs.add(new Glyph(u, tp.getXDirAdj(), tp.getYDirAdj(), tp.getWidthDirAdj(), size, font,
                            opOf.getOrDefault(tp, -1)));
                }
            }
        }
    }

    /** Collects straight axis-aligned stroked segments and thin filled rectangles. */
    static final class RuleCollector extends PDFGraphicsStreamEngine {
        final List<Rule> rules = new ArrayList<>();
        private final List<List<Point2D.Double>> subpaths = new ArrayList<>();
        private List<Point2D.Double> cur;
        private boolean curved;
        private Point2D.Double current = new Point2D.Double();
        private final double llx, ury;

        RuleCollector(PDPage page) {
            super(page);
            PDRectangle box = page.getCropBox();
            llx = box.getLowerLeftX();
            ury = box.getUpperRightY();
        }

        /** device (PDF user space, y up) to page points with y down from the top. */
        private Point2D.Double dev(double x, double y) {
            return new Point2D.Double(x - llx, ury - y);
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            List<Point2D.Double> sp = new ArrayList<>();
            for (Point2D p : new Point2D[]{p0, p1, p2, p3, p0}) sp.add(dev(p.getX(), p.getY()));
            subpaths.add(sp);
            cur = null;
            current = new Point2D.Double(p0.getX(), p0.getY());
        }

        @Override
        public void moveTo(float x, float y) {
            cur = new ArrayList<>();
            cur.add(dev(x, y));
            subpaths.add(cur);
            current = new Point2D.Double(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            if (cur == null) moveTo((float) current.x, (float) current.y);
            cur.add(dev(x, y));
            current = new Point2D.Double(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            curved = true;
            if (cur == null) moveTo((float) current.x, (float) current.y);
            cur.add(dev(x3, y3));
            current = new Point2D.Double(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
            if (cur != null && cur.size() > 1) cur.add(cur.get(0));
        }

        @Override
        public void endPath() {
            subpaths.clear();
            cur = null;
            curved = false;
        }

        private int[] rgb(PDColor c) {
            try {
                int v = c.toRGB();
                return new int[]{(v >> 16) & 255, (v >> 8) & 255, v & 255};
            } catch (Exception e) {
                return new int[]{0, 0, 0};
            }
        }

        @Override
        public void strokePath() {
            if (!curved) {
                Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
                double scale = Math.sqrt(Math.abs(ctm.getScaleX() * ctm.getScaleY() - ctm.getShearX() * ctm.getShearY()));
                double lw = getGraphicsState().getLineWidth() * scale;
                if (lw <= 0) lw = 0.25; // hairline
                int[] color = rgb(getGraphicsState().getStrokingColor());
                for (List<Point2D.Double> sp : subpaths) {
                    for (int i = 1; i < sp.size(); i++) {
                        Point2D.Double a = sp.get(i - 1), b = sp.get(i);
                        boolean horiz = Math.abs(a.y - b.y) < 0.01, vert = Math.abs(a.x - b.x) < 0.01;
                        if ((horiz || vert) && a.distance(b) > 0.01) {
                            rules.add(new Rule(false, a.x, a.y, b.x, b.y, lw, color));
                        }
                    }
                }
            }
            endPath();
        }

        @Override
        public void fillPath(int windingRule) {
            if (!curved) {
                int[] color = rgb(getGraphicsState().getNonStrokingColor());
                for (List<Point2D.Double> sp : subpaths) {
                    double[] r = axisRect(sp);
                    if (r == null) continue;
                    double w = r[2] - r[0], h = r[3] - r[1];
                    // a rule: thin in one direction, long in the other
                    if (Math.min(w, h) <= 2.5 && Math.max(w, h) >= 1.0) {
                        rules.add(new Rule(true, r[0], r[1], r[2], r[3], Math.min(w, h), color));
                    }
                }
            }
            endPath();
        }

        /** x0,y0,x1,y1 if the subpath is an axis-aligned rectangle, else null. */
        private static double[] axisRect(List<Point2D.Double> sp) {
            List<Point2D.Double> pts = new ArrayList<>(sp);
            if (pts.size() == 5 && pts.get(4).distance(pts.get(0)) < 0.01) pts.remove(4);
            if (pts.size() != 4) return null;
            for (int i = 0; i < 4; i++) {
                Point2D.Double a = pts.get(i), b = pts.get((i + 1) % 4);
                if (Math.abs(a.x - b.x) > 0.01 && Math.abs(a.y - b.y) > 0.01) return null;
            }
            double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
            for (Point2D.Double p : pts) {
                x0 = Math.min(x0, p.x); y0 = Math.min(y0, p.y); x1 = Math.max(x1, p.x); y1 = Math.max(y1, p.y);
            }
            return new double[]{x0, y0, x1, y1};
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            List<List<Point2D.Double>> keep = new ArrayList<>();
            for (List<Point2D.Double> sp : subpaths) keep.add(new ArrayList<>(sp));
            boolean c = curved;
            fillPath(windingRule);
            subpaths.addAll(keep);
            curved = c;
            strokePath();
        }

        @Override
        public void clip(int windingRule) {
            // the clip path is ended by the following 'n'
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }

    // ------------------------------------------------------------------ numbers

    static double mm(double pt) {
        return pt * K;
    }

    static double r3(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }

    static String fmt(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        s = s.replaceFirst("0+$", "").replaceFirst("\\.$", "");
        return s.equals("-0") ? "0" : s;
    }

    private MakeOfd() {
    }
}
