import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
import org.ofdrw.core.pageDescription.color.color.CT_Color;
import org.ofdrw.core.pageDescription.drawParam.CT_DrawParam;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.core.text.font.CT_Font;
import org.ofdrw.reader.DeltaTool;
import org.ofdrw.reader.OFDReader;
import org.ofdrw.reader.PageInfo;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the generated OFD files back with ofdrw's OFDReader and checks them against their PDFs:
 * per page the number of TextObjects/PathObjects, the first texts with positions, the page text
 * against pdftotext's, and every PDF table rule against an OFD path.
 *
 * <pre>
 * mvn -q compile exec:java -Dexec.mainClass=CheckOfd [-Dexec.args="REPO [name ...] [--png DIR]"]
 * </pre>
 */
public final class CheckOfd {

    static final double K = 25.4 / 72.0;

    /** a glyph read back: absolute page position in mm (baseline) */
    record G(String ch, double x, double y, double size) {
    }

    /** a rule as a centre line: horizontal or vertical, fixed coordinate, extent (mm) */
    record L(boolean horiz, double at, double from, double to, boolean filled) {
    }

    static final Map<String, String> SOURCE = Map.of(
            "004", "004.pdf", "003", "003.pdf", "004-noborder", "004-noborder.pdf", "000", "000.pdf",
            "004-outlines", "004.pdf");

    public static void main(String[] args) throws Exception {
        Path repo = Paths.get(args.length > 0 ? args[0] : "../..").toAbsolutePath().normalize();
        List<String> names = new ArrayList<>();
        Path png = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--png")) png = Paths.get(args[++i]);
            else names.add(args[i]);
        }
        if (names.isEmpty()) names = List.of("004", "003", "004-noborder", "000", "004-outlines");
        int failures = 0;
        for (String n : names) {
            Path ofd = repo.resolve("testdata/ofd/" + n + ".ofd");
            if (!Files.exists(ofd)) {
                System.out.println(n + ".ofd: missing, skipped");
                continue;
            }
            failures += check(ofd, repo.resolve("testdata/office/" + SOURCE.get(n)), png, n);
        }
        System.out.println(failures == 0 ? "ALL OK" : failures + " problem(s)");
        if (failures > 0) System.exit(1);
    }

    static int check(Path ofd, Path pdf, Path pngDir, String name) throws Exception {
        int problems = 0;
        boolean outlines = name.endsWith("-outlines");
        System.out.println("== " + ofd.getFileName() + " (from " + pdf.getFileName() + ")");
        Path work = Files.createTempDirectory("ofd-check-");
        unzipBounded(ofd, work, 200L << 20, 10_000);
        // OFDReader(String dir, boolean deleteOnClose): reads an already unzipped package
        try (OFDReader reader = new OFDReader(work.toString(), true);
             PDDocument pdfDoc = Loader.loadPDF(pdf.toFile())) {
            int n = reader.getNumberOfPages();
            System.out.printf("pages: %d (PDF %d)%n", n, pdfDoc.getNumberOfPages());
            if (n != pdfDoc.getNumberOfPages()) problems++;
            Map<String, String> fontNames = new HashMap<>();
            for (CT_Font f : reader.getResMgt().getFonts()) {
                fontNames.put(f.getID().toString(), f.getFontName() + (Boolean.TRUE.equals(f.getBold()) ? " Bold" : ""));
            }
            System.out.println("fonts: " + fontNames);
            for (int p = 1; p <= n; p++) {
                PageInfo pi = reader.getPageInfo(p);
                ST_Box size = pi.getSize();
                List<G> glyphs = new ArrayList<>();
                List<L> lines = new ArrayList<>();
                List<String> samples = new ArrayList<>();
                int[] counts = new int[5]; // text, path, image, other, paths with curves
                for (CT_Layer layer : pi.getAllLayer()) {
                    walk(layer, glyphs, lines, samples, counts, fontNames);
                }
                System.out.printf(Locale.ROOT, "page %d: size %.3f x %.3f mm, %d TextObject, %d PathObject (%d horizontal + %d vertical rules, %d filled), %d ImageObject%n",
                        p, size.getWidth(), size.getHeight(), counts[0], counts[1],
                        lines.stream().filter(L::horiz).count(), lines.stream().filter(l -> !l.horiz).count(),
                        lines.stream().filter(L::filled).count(), counts[2]);
                for (int i = 0; i < Math.min(4, samples.size()); i++) System.out.println("    " + samples.get(i));

                // text against pdftotext
                String pdfText = squeeze(pdftotext(pdf, p));
                String ofdText = squeeze(pageText(glyphs));
                if (outlines) {
                    System.out.printf("    text: %d chars in OFD, %d in PDF; %d of the %d paths have curves (glyph outlines)%n",
                            ofdText.length(), pdfText.length(), counts[4], counts[1]);
                } else {
                    boolean sameChars = sortChars(pdfText).equals(sortChars(ofdText));
                    int lcs = lcs(pdfText, ofdText);
                    System.out.printf(Locale.ROOT, "    text: %d chars (PDF %d), same characters: %s, in-order match %.1f%%%s%n",
                            ofdText.length(), pdfText.length(), sameChars, 100.0 * lcs / Math.max(1, pdfText.length()),
                            p == 1 ? ", page 1 starts: " + ofdText.substring(0, Math.min(40, ofdText.length())) : "");
                    if (!sameChars) {
                        problems++;
                        System.out.println("    PDF: " + pdfText);
                        System.out.println("    OFD: " + ofdText);
                    }
                    // glyph positions against the PDF's: same character within 0.1 mm
                    Map<String, List<G>> byChar = new HashMap<>();
                    for (G g : glyphs) byChar.computeIfAbsent(g.ch, k -> new ArrayList<>()).add(g);
                    int pdfGlyphs = 0, placed = 0;
                    double worst = 0;
                    for (MakeOfd.Glyph pg : MakeOfd.GlyphCollector.collect(pdfDoc, p)) {
                        if (MakeOfd.blank(pg.text())) continue;
                        int[] cps = pg.text().codePoints().toArray();
                        for (int k = 0; k < cps.length; k++) {
                            pdfGlyphs++;
                            double px = (pg.x() + pg.w() * k / cps.length) * K, py = pg.base() * K;
                            double best = Double.MAX_VALUE;
                            for (G g : byChar.getOrDefault(new String(Character.toChars(cps[k])), List.of())) {
                                best = Math.min(best, Math.max(Math.abs(g.x - px), Math.abs(g.y - py)));
                            }
                            if (best <= 0.1) {
                                placed++;
                                worst = Math.max(worst, best);
                            }
                        }
                    }
                    System.out.printf(Locale.ROOT, "    positions: %d of %d PDF glyphs have the same character in the OFD within 0.1 mm (largest offset %.3f mm)%n",
                            placed, pdfGlyphs, worst);
                    if (placed != pdfGlyphs) problems++;
                    // rules against the PDF's
                    MakeOfd.RuleCollector rc = new MakeOfd.RuleCollector(pdfDoc.getPage(p - 1));
                    rc.processPage(pdfDoc.getPage(p - 1));
                    int matched = 0;
                    for (MakeOfd.Rule r : rc.rules) if (matches(r, lines)) matched++;
                    System.out.printf("    rules: PDF %d, OFD %d, PDF rules found in OFD: %d%n", rc.rules.size(), lines.size(), matched);
                    if (matched != rc.rules.size() || lines.size() != rc.rules.size()) problems++;
                }
                if (pngDir != null) render(pi, glyphs, reader, pngDir.resolve(name + "-p" + p + ".png"));
            }
        }
        System.out.println(problems == 0 ? "OK" : problems + " problem(s)");
        return problems;
    }

    // ------------------------------------------------------------------ reading with ofdrw

    static void walk(CT_PageBlock block, List<G> glyphs, List<L> lines, List<String> samples, int[] counts,
                     Map<String, String> fontNames) {
        for (PageBlockType o : block.getPageBlocks()) {
            if (o instanceof TextObject t) {
                counts[0]++;
                readText(t, glyphs, samples, fontNames);
            } else if (o instanceof PathObject path) {
                counts[1]++;
                if (path.getAbbreviatedData().matches("(?s).*\\b[BQA]\\b.*")) counts[4]++;
                L l = readRule(path);
                if (l != null) lines.add(l);
            } else if (o instanceof ImageObject) {
                counts[2]++;
            } else if (o instanceof CT_PageBlock pb) {   // PageBlock nests objects
                walk(pb, glyphs, lines, samples, counts, fontNames);
            } else {
                counts[3]++;
            }
        }
    }

    static void readText(TextObject t, List<G> glyphs, List<String> samples, Map<String, String> fontNames) {
        ST_Box b = t.getBoundary();
        double size = t.getSize();
        Double lastX = null, lastY = null;
        StringBuilder text = new StringBuilder();
        String firstPos = null;
        for (TextCode tc : t.getTextCodes()) {
            String s = tc.getContent();
            // X/Y may be omitted on a TextCode: it then continues from the previous one
            double x = tc.getX() != null ? tc.getX() : (lastX != null ? lastX : 0);
            double y = tc.getY() != null ? tc.getY() : (lastY != null ? lastY : 0);
            // DeltaX raw attribute may hold "g n v"; DeltaTool expands it (TextCode.getDeltaX() does too)
            ST_Array raw = ST_Array.getInstance(tc.attributeValue("DeltaX"));
            List<Float> dx = DeltaTool.getDelta(raw, s.codePointCount(0, s.length()));
            List<Float> dy = DeltaTool.getDelta(ST_Array.getInstance(tc.attributeValue("DeltaY")), s.codePointCount(0, s.length()));
            int[] cps = s.codePoints().toArray();
            double cx = x, cy = y;
            for (int i = 0; i < cps.length; i++) {
                if (i > 0) {
                    if (i - 1 < dx.size()) cx += dx.get(i - 1);
                    if (i - 1 < dy.size()) cy += dy.get(i - 1);
                }
                // no CTM in these files; a general reader applies CTM, then adds the Boundary origin
                glyphs.add(new G(new String(Character.toChars(cps[i])), b.getTopLeftX() + cx, b.getTopLeftY() + cy, size));
            }
            if (firstPos == null) firstPos = String.format(Locale.ROOT, "(%.2f, %.2f)", b.getTopLeftX() + x, b.getTopLeftY() + y);
            text.append(s);
            lastX = cx;
            lastY = cy;
        }
        if (samples.size() < 4) {
            String f = t.getFont() == null ? "?" : fontNames.getOrDefault(t.getFont().toString(), t.getFont().toString());
            samples.add(String.format(Locale.ROOT, "TextObject %s at %s mm, size %.3f mm, font %s, %d TextCode%s: %s",
                    t.getID(), firstPos, size, f, t.getTextCodes().size(),
                    t.getTextCodes().get(0).attributeValue("DeltaX") != null
                            ? " DeltaX=\"" + t.getTextCodes().get(0).attributeValue("DeltaX") + "\"" : "", text));
        }
    }

    /** A straight horizontal/vertical stroked line, or a thin filled rectangle, as a centre line. */
    static L readRule(PathObject path) {
        ST_Box b = path.getBoundary();
        List<OptVal> ops = AbbreviatedData.parse(path.getAbbreviatedData());
        List<double[]> pts = new ArrayList<>();
        for (OptVal o : ops) {
            switch (o.opt) {
                case "M", "L", "S" -> pts.add(new double[]{b.getTopLeftX() + o.values[0], b.getTopLeftY() + o.values[1]});
                case "C" -> { }
                default -> { return null; }   // curves: not a rule
            }
        }
        boolean stroke = path.getStroke() == null || path.getStroke();   // default Stroke=true
        boolean fill = Boolean.TRUE.equals(path.getFill());              // default Fill=false
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (double[] p : pts) {
            x0 = Math.min(x0, p[0]); y0 = Math.min(y0, p[1]); x1 = Math.max(x1, p[0]); y1 = Math.max(y1, p[1]);
        }
        if (fill && pts.size() >= 4) {
            boolean horiz = (x1 - x0) >= (y1 - y0);
            return horiz ? new L(true, (y0 + y1) / 2, x0, x1, true) : new L(false, (x0 + x1) / 2, y0, y1, true);
        }
        if (stroke && pts.size() == 2) {
            if (Math.abs(y1 - y0) < 0.01) return new L(true, y0, x0, x1, false);
            if (Math.abs(x1 - x0) < 0.01) return new L(false, x0, y0, y1, false);
        }
        return null;
    }

    static boolean matches(MakeOfd.Rule r, List<L> lines) {
        double x1 = r.x1(), y1 = r.y1(), x2 = r.x2(), y2 = r.y2();
        boolean horiz;
        double at, from, to;
        if (r.filledBox()) {
            horiz = (x2 - x1) >= (y2 - y1);
            at = horiz ? (y1 + y2) / 2 : (x1 + x2) / 2;
            from = horiz ? x1 : y1;
            to = horiz ? x2 : y2;
        } else {
            horiz = Math.abs(y1 - y2) < 0.01;
            at = horiz ? y1 : x1;
            from = horiz ? Math.min(x1, x2) : Math.min(y1, y2);
            to = horiz ? Math.max(x1, x2) : Math.max(y1, y2);
        }
        for (L l : lines) {
            if (l.horiz == horiz && Math.abs(l.at - at * K) < 0.05
                    && Math.abs(l.from - from * K) < 0.05 && Math.abs(l.to - to * K) < 0.05) return true;
        }
        return false;
    }

    /** Unzips with a total size and entry count limit and a normalised zip-slip check. */
    static void unzipBounded(Path zip, Path dir, long maxBytes, int maxEntries) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        long total = 0;
        int count = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            byte[] buf = new byte[8192];
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (++count > maxEntries) throw new IOException("too many entries");
                Path f = root.resolve(e.getName()).normalize();
                if (!f.startsWith(root)) throw new IOException("bad entry " + e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(f);
                    continue;
                }
                Files.createDirectories(f.getParent());
                try (var out = Files.newOutputStream(f)) {
                    for (int r; (r = in.read(buf)) > 0; ) {
                        total += r;
                        if (total > maxBytes) throw new IOException("too large");
                        out.write(buf, 0, r);
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ text comparison

    static String pageText(List<G> glyphs) {
        List<G> gs = new ArrayList<>(glyphs);
        gs.sort(Comparator.comparingDouble(G::y));
        List<List<G>> lines = new ArrayList<>();
        for (G g : gs) {
            List<G> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && Math.abs(last.get(0).y - g.y) < 0.3 * g.size) last.add(g);
            else lines.add(new ArrayList<>(List.of(g)));
        }
        StringBuilder sb = new StringBuilder();
        for (List<G> l : lines) {
            l.sort(Comparator.comparingDouble(G::x));
            for (G g : l) sb.append(g.ch);
            sb.append('\n');
        }
        return sb.toString();
    }

    static String pdftotext(Path pdf, int page) throws IOException, InterruptedException {
        Process pr = new ProcessBuilder("pdftotext", "-f", "" + page, "-l", "" + page, "-enc", "UTF-8",
                pdf.toString(), "-").redirectErrorStream(true).start();
        byte[] out;
        try (InputStream in = pr.getInputStream()) {
            out = in.readAllBytes();
        }
        pr.waitFor();
        return new String(out, StandardCharsets.UTF_8);
    }

    static String squeeze(String s) {
        return s.replaceAll("[\\s\\u00a0\\u3000\\f]+", "");
    }

    static String sortChars(String s) {
        return s.codePoints().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    static int lcs(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = a.charAt(i - 1) == b.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    // ------------------------------------------------------------------ picture

    /** Draws the page's paths and glyphs (from the OFD only) into a PNG, 4 px per mm. */
    static void render(PageInfo pi, List<G> glyphs, OFDReader reader, Path out) throws IOException {
        double s = 4;
        ST_Box size = pi.getSize();
        BufferedImage img = new BufferedImage((int) (size.getWidth() * s), (int) (size.getHeight() * s), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        for (CT_Layer layer : pi.getAllLayer()) drawPaths(layer, g, s, reader);
        g.setColor(Color.BLACK);
        for (G gl : glyphs) {
            g.setFont(new Font("Noto Serif CJK SC", Font.PLAIN, (int) Math.round(gl.size * s)));
            g.drawString(gl.ch, (float) (gl.x * s), (float) (gl.y * s));
        }
        g.dispose();
        Files.createDirectories(out.getParent());
        ImageIO.write(img, "png", out.toFile());
    }

    static void drawPaths(CT_PageBlock block, Graphics2D g, double s, OFDReader reader) {
        for (PageBlockType o : block.getPageBlocks()) {
            if (o instanceof CT_PageBlock pb) drawPaths(pb, g, s, reader);
            if (!(o instanceof PathObject path)) continue;
            ST_Box b = path.getBoundary();
            double ox = b.getTopLeftX(), oy = b.getTopLeftY();
            Path2D.Double p2 = new Path2D.Double();
            for (OptVal v : AbbreviatedData.parse(path.getAbbreviatedData())) {
                double[] a = v.values;
                switch (v.opt) {
                    case "M", "S" -> p2.moveTo((ox + a[0]) * s, (oy + a[1]) * s);
                    case "L" -> p2.lineTo((ox + a[0]) * s, (oy + a[1]) * s);
                    case "Q" -> p2.quadTo((ox + a[0]) * s, (oy + a[1]) * s, (ox + a[2]) * s, (oy + a[3]) * s);
                    case "B" -> p2.curveTo((ox + a[0]) * s, (oy + a[1]) * s, (ox + a[2]) * s, (oy + a[3]) * s,
                            (ox + a[4]) * s, (oy + a[5]) * s);
                    case "C" -> p2.closePath();
                    default -> { }   // "A" (arc) not needed here
                }
            }
            // colours and line width: on the object, else from its DrawParam (DocumentRes/PublicRes)
            CT_DrawParam dp = path.getDrawParam() == null ? null
                    : reader.getResMgt().getDrawParamFinal(path.getDrawParam().toString());
            CT_Color fc = path.getFillColor() != null ? path.getFillColor() : dp == null ? null : dp.getFillColor();
            CT_Color sc = path.getStrokeColor() != null ? path.getStrokeColor() : dp == null ? null : dp.getStrokeColor();
            Double lw = path.getLineWidth() != null ? path.getLineWidth() : dp == null ? null : dp.getLineWidth();
            if (Boolean.TRUE.equals(path.getFill())) {
                g.setColor(awt(fc, Color.BLUE));
                g.fill(p2);
                if (path.getStroke() == null) g.draw(p2); // keep hairline boxes visible
            }
            if (path.getStroke() == null || path.getStroke()) {
                g.setColor(awt(sc, Color.RED));
                g.setStroke(new BasicStroke((float) Math.max(1, (lw == null ? 0.353 : lw) * s)));
                g.draw(p2);
            }
        }
    }

    static Color awt(CT_Color c, Color dflt) {
        if (c == null || c.getValue() == null) return dflt;
        Integer[] v = c.getValue().toInt();
        return v.length >= 3 ? new Color(v[0], v[1], v[2]) : dflt;
    }

    private CheckOfd() {
    }
}
