package org.xxgk.extract.markdown;

import java.util.ArrayList;
import java.util.List;
import org.xxgk.grid.Block;
import org.xxgk.grid.Provenance;

/**
 * Joins the lines a PDF-to-Markdown tool wrapped back into paragraphs. A line is a full line when
 * it is about as wide as the document's lines usually are; after a short line (a sub-heading, the
 * end of a paragraph whose blank line the tool lost) a new paragraph starts. Chinese lines join
 * without a space, Latin words and numbers with one.
 */
final class Paragraphs {

    /** A line narrower than this share of a full line ends its paragraph. */
    private static final double SHORT = 0.6;
    /** ... or narrower than this share, when it also ends a sentence. */
    private static final double SENTENCE_SHORT = 0.9;

    private final List<Block> blocks;
    private final double fullWidth;
    private final List<String> lines = new ArrayList<>();
    private Provenance start;
    private boolean ended;

    Paragraphs(List<Block> blocks, List<String> source) {
        this.blocks = blocks;
        this.fullWidth = typicalWidth(source);
    }

    /** True when the document's text was wrapped into lines by the tool that wrote it. */
    boolean wrapped() {
        return fullWidth > 0;
    }

    void add(String line, int number) {
        if (ended) {
            flush();
        }
        if (lines.isEmpty()) {
            start = Provenance.line(number);
        }
        lines.add(SPACES.matcher(line).replaceAll(" ")); // a tab or a run of spaces between words is one space
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[ \\t\\u00A0]{2,}|\\t");

    /**
     * The paragraph as Markdown delimited it has ended: it ends for good when the next line comes,
     * unless a page footer came between and its last line was full (the page broke the paragraph).
     */
    void endParagraph() {
        ended = true;
    }

    /** A page footer or page number was left out here. */
    void pageBreak() {
        if (ended && !lines.isEmpty() && !endsParagraph(lines.get(lines.size() - 1))) {
            ended = false;
        }
    }

    void flush() {
        ended = false;
        if (lines.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            String previous = lines.get(i - 1);
            if (endsParagraph(previous)) {
                emit(text.toString());
                text.setLength(0);
                text.append(lines.get(i));
                continue;
            }
            String next = lines.get(i);
            boolean latin = isLatin(previous.charAt(previous.length() - 1)) && isLatin(next.charAt(0));
            text.append(latin ? " " : "").append(next);
        }
        emit(text.toString());
        lines.clear();
        start = null;
    }

    /** Emits the paragraph; items (二)、(三)… that a tool ran into one line start paragraphs of their own. */
    private void emit(String text) {
        for (String part : ITEM_START.split(text)) {
            if (!part.isBlank()) {
                blocks.add(new Block.Paragraph(part.strip(), start));
            }
        }
    }

    private static final java.util.regex.Pattern ITEM_START =
            java.util.regex.Pattern.compile("(?<=。)\\s*(?=[（(][一二三四五六七八九十]{1,2}[）)])");

    private boolean endsParagraph(String line) {
        if (fullWidth <= 0) {
            return false;
        }
        double width = width(line);
        char last = line.charAt(line.length() - 1);
        return width < SHORT * fullWidth || (width < SENTENCE_SHORT * fullWidth && "。！？!?；;：:".indexOf(last) >= 0);
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** Display width: a Chinese character is two columns, ASCII one. */
    static double width(String line) {
        double w = 0;
        for (int i = 0; i < line.length(); i++) {
            w += line.charAt(i) < 0x1100 ? 1 : 2;
        }
        return w;
    }

    /**
     * How wide a full line of the document's text is: where many lines end at about the same
     * width, the tool wrapped them there (0 when lines are not wrapped: every paragraph on one line,
     * as HTML converters write them).
     */
    private static double typicalWidth(List<String> source) {
        List<Double> widths = new ArrayList<>();
        for (String line : source) {
            String t = line.strip().replaceFirst("^#{1,6}\\s+", "");
            if (!t.isEmpty() && !t.startsWith("|") && !t.startsWith("<")) {
                widths.add(width(t));
            }
        }
        widths.sort(Double::compare);
        int best = 0;
        double full = 0;
        for (int i = 0, j = 0; i < widths.size(); i++) {
            // widths[j..i] within a tenth of widths[i]: a cluster of lines ending at the same place
            while (widths.get(j) < 0.9 * widths.get(i)) {
                j++;
            }
            if (widths.get(i) >= MIN_WRAP && i - j + 1 > best) {
                best = i - j + 1;
                full = widths.get(i);
            }
        }
        return best >= MIN_WRAPPED_LINES && best >= 0.1 * widths.size() ? full : 0;
    }

    /** Narrower than this, lines are not wrapped text but short items. */
    private static final double MIN_WRAP = 30;
    private static final int MIN_WRAPPED_LINES = 5;
}
