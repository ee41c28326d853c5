package org.xxgk.extract.picture;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xxgk.extract.ocr.Ocr;
import org.xxgk.extract.ocr.OcrException;
import org.xxgk.extract.ocr.OcrPass;
import org.xxgk.extract.ocr.OcrWord;
import org.xxgk.extract.page.OcrGlyph;
import org.xxgk.extract.page.PageModel;
import technology.tabula.Ruling;
import technology.tabula.TextElement;

/**
 * Reads pictures of pages or tables into the page model every fixed-layout format shares, so that
 * tables are rebuilt and aligned exactly as for a PDF:
 * <ol>
 * <li>each picture is prepared ({@link Prepared}: grey, normal size, straight, rules found);</li>
 * <li>the cells its rules enclose are found as for a PDF ({@link PageModel#ruledCells});</li>
 * <li>every cell with ink is read on its own, as Chinese text; the rest of the picture (paragraphs,
 *     headings, a table without rules) as a block of text;</li>
 * <li>what reads as a number is read a second time, digits only; the two readings and the
 *     engine's confidence go with the word, for the resolver to weigh against the arithmetic.</li>
 * </ol>
 * All pictures of a document share each OCR pass, so the engine starts twice, not twice per cell.
 */
public final class PictureReader {

    /** Points per pixel of a prepared picture: characters are then about 10 pt, as in a PDF. */
    private static final double POINTS_PER_PIXEL = 72.0 / 300;
    /** Fewer ink pixels than this (in a prepared picture) are specks, not writing. */
    private static final int MIN_INK = 40;
    /** Blots of ink this small (pixels of a prepared picture) are dust or noise: a decimal point has about 40. */
    private static final int MAX_SPECK = 12;
    /** A blot at a cell's edge this thin (pixels) is what is left of a rule, not writing. */
    private static final int RULE_REMNANT = Prepared.TEXT_HEIGHT / 5;
    /**
     * A line read with less confidence than this, on average, is noise: the engine reads specks
     * and smudges as characters, but without confidence. (A real line keeps its odd uncertain
     * character, so that 金碧镇 stays three characters even when 碧 is a guess.)
     */
    private static final double MIN_LINE_CONFIDENCE = 0.45;
    /** White margin around a crop given to the engine, which reads badly up to the edge. */
    private static final int PAD = 12;
    /** A text reading at least this sure is what it says, not a misread number. */
    private static final double SURE = 0.85;
    /** The most a reading is trusted when its two digits passes disagree. */
    private static final double DISAGREEING = 0.5;

    private final Ocr ocr;

    public PictureReader(Ocr ocr) {
        this.ocr = ocr;
    }

    /** One picture to read, the number of its page in reading order, and where its words are to say they came from. */
    public record Page(int number, org.xxgk.grid.Provenance at, BufferedImage picture) {
    }

    /** A piece of a prepared picture given to the engine: its pixels and where they stand on the picture. */
    private record Region(int page, GrayImage image, int left, int top, boolean cell) {
    }

    /** A word placed on its prepared picture. */
    private record Placed(OcrWord word, List<String> alternatives, double confidence) {
    }

    /** The page model of each picture, in order; null for a picture whose text is too small to read. */
    public List<PageModel> read(List<Page> given) throws OcrException {
        List<Page> pages = new ArrayList<>();
        List<Prepared> prepared = new ArrayList<>();
        List<Integer> readable = new ArrayList<>();
        // Pictures are prepared side by side: it is work for every processor (a page takes about a second).
        List<Prepared> all = given.parallelStream().map(p -> Thread.currentThread().isInterrupted() ? null : Prepared.of(p.picture()))
                .toList();
        stopIfInterrupted();
        for (int i = 0; i < given.size(); i++) {
            Prepared picture = all.get(i);
            if (picture != null) {
                pages.add(given.get(i));
                prepared.add(picture);
                readable.add(i);
            }
        }
        List<PageModel> read = read(pages, prepared);
        List<PageModel> out = new ArrayList<>(java.util.Collections.nCopies(given.size(), (PageModel) null));
        for (int k = 0; k < readable.size(); k++) {
            out.set(readable.get(k), read.get(k));
        }
        return out;
    }

    private List<PageModel> read(List<Page> pages, List<Prepared> prepared) throws OcrException {
        if (pages.isEmpty()) {
            return List.of();
        }
        List<List<Rectangle2D>> cells = new ArrayList<>();
        List<Region> regions = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            Prepared picture = prepared.get(p);
            List<Rectangle2D> pageCells = ruledCells(picture, pages.get(p).number());
            cells.add(pageCells);
            regions.addAll(regions(p, picture, pageCells));
        }
        List<List<OcrWord>> text = ocr.read(images(regions), OcrPass.TEXT);

        // Digits only, for every cell that may hold a number.
        List<Region> digitRegions = new ArrayList<>();
        Map<Integer, Integer> cellDigits = new LinkedHashMap<>(); // region index → digit region index
        for (int i = 0; i < regions.size(); i++) {
            Region region = regions.get(i);
            List<OcrWord> words = text.get(i);
            if (region.cell() && mayBeNumber(words)) {
                cellDigits.put(i, digitRegions.size());
                digitRegions.add(region);
            }
        }
        List<BufferedImage> digitImages = images(digitRegions);
        List<List<OcrWord>> digits = ocr.read(digitImages, OcrPass.DIGITS);
        List<List<OcrWord>> crosscheck = ocr.read(digitImages, OcrPass.DIGITS_CROSSCHECK);
        List<Integer> unseen = new ArrayList<>();
        for (int i = 0; i < digitImages.size(); i++) {
            if (digits.get(i).isEmpty() && crosscheck.get(i).isEmpty()) {
                unseen.add(i);
            }
        }
        List<List<OcrWord>> asWords = ocr.read(unseen.stream().map(digitImages::get).toList(), OcrPass.DIGITS_WORD);
        for (int k = 0; k < unseen.size(); k++) {
            digits.set(unseen.get(k), asWords.get(k)); // the word pass stands in for the line pass that saw nothing
        }

        List<List<TextElement>> glyphs = new ArrayList<>();
        pages.forEach(p -> glyphs.add(new ArrayList<>()));
        for (int i = 0; i < regions.size(); i++) {
            Region region = regions.get(i);
            List<Placed> placed = new ArrayList<>();
            Integer c = cellDigits.get(i);
            if (c != null && isNumber(text.get(i), digits.get(c), crosscheck.get(c))) {
                placed.addAll(valueCell(text.get(i), digits.get(c), crosscheck.get(c), region, digitRegions.get(c)));
            } else {
                Map<String, Double> lineConfidence = lineConfidence(text.get(i));
                for (OcrWord w : text.get(i)) {
                    OcrWord word = w.shifted(region.left(), region.top());
                    if (!region.cell() && insideCell(word, cells.get(region.page()))) {
                        continue; // a cell's text is read from the cell
                    }
                    if (lineConfidence.get(lineKey(w)) < MIN_LINE_CONFIDENCE) {
                        continue; // what the engine makes of noise and smudges, not writing
                    }
                    // A number among text (a table without rules) is not read again: the engine's
                    // boxes of digits between Chinese characters are too loose to crop. Its
                    // look-alike letters are read as digits.
                    String asNumber = w.text().matches(".*\\d.*") ? DigitText.digits(w.text()) : null;
                    if (asNumber != null) {
                        word = new OcrWord(asNumber, word.left(), word.top(), word.width(), word.height(), word.block(),
                                word.paragraph(), word.line(), word.confidence());
                    }
                    placed.add(new Placed(word, List.of(), word.confidence()));
                }
            }
            glyphs.get(region.page()).addAll(glyphs(placed));
        }
        List<PageModel> models = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            Prepared picture = prepared.get(p);
            models.add(new PageModel(pages.get(p).number(), 0, (float) (picture.clean.width * POINTS_PER_PIXEL),
                    (float) (picture.clean.height * POINTS_PER_PIXEL), glyphs.get(p), rulings(picture), List::of, pages.get(p).at(),
                    picture.sourceFrame(POINTS_PER_PIXEL)));
        }
        return models;
    }

    /** A conversion past its time limit is interrupted: the work between engine runs stops too. */
    private static void stopIfInterrupted() throws OcrException {
        if (Thread.currentThread().isInterrupted()) {
            throw new OcrException("文字识别被中断");
        }
    }

    private static List<Rectangle2D> ruledCells(Prepared picture, int number) {
        if (picture.lines.isEmpty()) {
            return List.of();
        }
        PageModel rulesOnly = new PageModel(number, 0, (float) (picture.clean.width * POINTS_PER_PIXEL),
                (float) (picture.clean.height * POINTS_PER_PIXEL), List.of(), rulings(picture), List::of);
        List<Rectangle2D> out = new ArrayList<>();
        for (Rectangle2D c : rulesOnly.ruledCells()) {
            out.add(new Rectangle2D.Double(c.getX() / POINTS_PER_PIXEL, c.getY() / POINTS_PER_PIXEL,
                    c.getWidth() / POINTS_PER_PIXEL, c.getHeight() / POINTS_PER_PIXEL));
        }
        return out;
    }

    private static List<Ruling> rulings(Prepared picture) {
        List<Ruling> out = new ArrayList<>();
        for (RuleLines.Line l : picture.lines) {
            double at = l.position() * POINTS_PER_PIXEL;
            double from = l.from() * POINTS_PER_PIXEL;
            double to = l.to() * POINTS_PER_PIXEL;
            out.add(l.horizontal() ? new Ruling(new Point2D.Double(from, at), new Point2D.Double(to, at))
                    : new Ruling(new Point2D.Double(at, from), new Point2D.Double(at, to)));
        }
        return out;
    }

    /** The inked cells, each cropped close around its ink, and the rest of the picture with the cells blanked. */
    private static List<Region> regions(int page, Prepared picture, List<Rectangle2D> cells) {
        List<Region> out = new ArrayList<>();
        List<int[]> blank = new ArrayList<>();
        int inset = 4;
        for (Rectangle2D c : cells) {
            int left = (int) Math.ceil(c.getMinX()) + inset;
            int top = (int) Math.ceil(c.getMinY()) + inset;
            int right = (int) Math.floor(c.getMaxX()) - inset;
            int bottom = (int) Math.floor(c.getMaxY()) - inset;
            // The cell and the rules around it: what is left of a rule must not read as a 1 or a |.
            blank.add(new int[] {left - 2 * inset, top - 2 * inset, right + 2 * inset, bottom + 2 * inset});
            // Cut from the picture with its rules: erasing a rule also erases the side of a digit
            // that touches it; what is left of a rule inside the cut goes as a remnant.
            Specks.Cleaned cleaned = Specks.clean(picture.clean, picture.ink, left, top, right, bottom, MAX_SPECK, RULE_REMNANT);
            int[] ink = cleaned.inkBox();
            if (ink != null && cleaned.ink() >= MIN_INK) {
                GrayImage crop = cleaned.image().crop(ink[0] - left, ink[1] - top, ink[2] - left, ink[3] - top, PAD);
                out.add(new Region(page, crop, ink[0] - PAD, ink[1] - PAD, true));
            }
        }
        GrayImage rest = cells.isEmpty() ? picture.clean : picture.clean.whitened(blank);
        rest = Specks.clean(rest, picture.ink, 0, 0, rest.width, rest.height, MAX_SPECK, 0).image();
        if (cells.isEmpty() || Ink.of(rest).count(0, 0, rest.width, rest.height) >= MIN_INK) {
            out.add(new Region(page, rest, 0, 0, false));
        }
        return out;
    }

    private static boolean insideCell(OcrWord word, List<Rectangle2D> cells) {
        double x = word.left() + word.width() / 2.0;
        double y = word.top() + word.height() / 2.0;
        return cells.stream().anyMatch(c -> c.contains(x, y));
    }

    private static List<BufferedImage> images(List<Region> regions) {
        return regions.stream().map(r -> r.image().toBufferedImage()).toList();
    }

    private static String joined(List<OcrWord> words) {
        StringBuilder out = new StringBuilder();
        words.forEach(w -> out.append(w.text()));
        return out.toString();
    }

    /**
     * Whether a cell's text reading may be a number misread: empty (a lone small digit the text
     * pass missed), one line that reads as digits, or a character or two that are no Chinese
     * (a 0 read as a bracket) or were read with little confidence.
     */
    private static boolean mayBeNumber(List<OcrWord> words) {
        if (words.isEmpty()) {
            return true;
        }
        if (!oneLine(words)) {
            return false;
        }
        String joined = joined(words);
        boolean han = joined.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return DigitText.digits(joined) != null || (joined.length() <= 2 && (!han || lowest(words) < SURE));
    }

    /** A cell that may be a number is one when its text reads as digits or a digits pass read digits in it. */
    private static boolean isNumber(List<OcrWord> text, List<OcrWord> digits, List<OcrWord> crosscheck) {
        if (text.isEmpty() || DigitText.digits(joined(text)) != null) {
            return true;
        }
        return !digits.isEmpty() || !crosscheck.isEmpty();
    }

    private static boolean oneLine(List<OcrWord> words) {
        return words.stream().map(w -> w.block() + "/" + w.paragraph() + "/" + w.line()).distinct().count() <= 1;
    }

    /** A value cell from its readings, or nothing when no pass read anything in it. */
    private static List<Placed> valueCell(List<OcrWord> text, List<OcrWord> digits, List<OcrWord> crosscheck, Region region,
                                          Region digitRegion) {
        Placed value = number(text, digits, crosscheck, region, digitRegion);
        return value == null ? List.of() : List.of(value);
    }

    /**
     * A number from its three readings, by majority: the digits pass (English model), its
     * cross-check (Chinese model) and the text pass read as digits. Two readings agreeing make
     * the number as sure as the surer of them; a reading no other confirms is uncertain (at most
     * {@value #DISAGREEING}), and the readings it outvoted go with it for the resolver to weigh
     * against the arithmetic. Ties go to the passes in that order.
     */
    private static Placed number(List<OcrWord> text, List<OcrWord> digits, List<OcrWord> crosscheck, Region region,
                                 Region digitRegion) {
        List<List<OcrWord>> sources = List.of(digits, crosscheck, text);
        List<String> readings = new ArrayList<>();
        readings.add(digits.isEmpty() ? null : joined(digits));
        readings.add(crosscheck.isEmpty() ? null : joined(crosscheck));
        readings.add(text.isEmpty() ? null : DigitText.digits(joined(text)));
        int best = -1;
        int bestVotes = 0;
        for (int i = 0; i < readings.size(); i++) {
            String r = readings.get(i);
            int votes = r == null ? 0 : (int) readings.stream().filter(r::equals).count();
            if (votes > bestVotes) {
                best = i;
                bestVotes = votes;
            }
        }
        if (best < 0) {
            return null;
        }
        String value = readings.get(best);
        double confidence = 0;
        for (int i = 0; i < readings.size(); i++) {
            if (value.equals(readings.get(i))) {
                confidence = Math.max(confidence, lowest(sources.get(i)));
            }
        }
        if (bestVotes < 2) {
            confidence = Math.min(DISAGREEING, confidence);
        }
        java.util.LinkedHashSet<String> others = new java.util.LinkedHashSet<>();
        readings.stream().filter(r -> r != null && !r.equals(value)).forEach(others::add);
        List<OcrWord> source = sources.get(best);
        Region at = best < 2 ? digitRegion : region;
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = 0;
        int bottom = 0;
        for (OcrWord w : source) {
            left = Math.min(left, w.left());
            top = Math.min(top, w.top());
            right = Math.max(right, w.right());
            bottom = Math.max(bottom, w.bottom());
        }
        // The word keeps the line the text pass found it on (the digits passes read it alone).
        OcrWord line = text.isEmpty() ? source.get(0) : text.get(0);
        OcrWord word = new OcrWord(value, left, top, right - left, bottom - top, line.block(), line.paragraph(), line.line(),
                confidence).shifted(at.left(), at.top());
        return new Placed(word, List.copyOf(others), confidence);
    }

    private static double lowest(List<OcrWord> words) {
        return words.stream().mapToDouble(OcrWord::confidence).min().orElse(0);
    }

    /**
     * Glyphs of the words, each word one glyph, its height that of its whole line (a flat 一 has a
     * box of its own far above the line's baseline), a space between two words of Latin letters or digits.
     */
    private static List<TextElement> glyphs(List<Placed> placed) {
        Map<String, int[]> lines = new LinkedHashMap<>();
        for (Placed p : placed) {
            OcrWord w = p.word();
            lines.merge(lineKey(w), new int[] {w.top(), w.bottom()},
                    (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        List<TextElement> out = new ArrayList<>();
        Placed previous = null;
        for (Placed p : placed) {
            OcrWord w = p.word();
            int[] line = lines.get(lineKey(w));
            float top = (float) (line[0] * POINTS_PER_PIXEL);
            float height = (float) ((line[1] - line[0]) * POINTS_PER_PIXEL);
            if (previous != null && lineKey(previous.word()).equals(lineKey(w)) && latinEnd(previous.word().text())
                    && latinStart(w.text())) {
                // A hair-thin space at the end of the word before: it separates the words in the
                // text, and leaves the gap between them for a table without rules to see.
                float gapLeft = (float) (previous.word().right() * POINTS_PER_PIXEL);
                out.add(new OcrGlyph(top, gapLeft, 0.1f, height, " ", 1, List.of()));
            }
            out.add(new OcrGlyph(top, (float) (w.left() * POINTS_PER_PIXEL), (float) (w.width() * POINTS_PER_PIXEL), height,
                    w.text(), p.confidence(), p.alternatives()));
            previous = p;
        }
        return out;
    }

    /** The mean confidence of each line's words. */
    private static Map<String, Double> lineConfidence(List<OcrWord> words) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (OcrWord w : words) {
            double[] sum = sums.computeIfAbsent(lineKey(w), k -> new double[2]);
            sum[0] += w.confidence();
            sum[1]++;
        }
        Map<String, Double> out = new LinkedHashMap<>();
        sums.forEach((k, v) -> out.put(k, v[0] / v[1]));
        return out;
    }

    private static String lineKey(OcrWord w) {
        return w.block() + "/" + w.paragraph() + "/" + w.line();
    }

    private static boolean latinEnd(String s) {
        return !s.isEmpty() && s.charAt(s.length() - 1) < 128 && Character.isLetterOrDigit(s.charAt(s.length() - 1));
    }

    private static boolean latinStart(String s) {
        return !s.isEmpty() && s.charAt(0) < 128 && Character.isLetterOrDigit(s.charAt(0));
    }
}
