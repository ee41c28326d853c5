package org.xxgk.extract.page;

import java.util.List;
import java.util.regex.Pattern;
import org.xxgk.grid.Block;
import org.xxgk.grid.Provenance;
import org.xxgk.layout.SectionHeadings;
import org.xxgk.normalize.Pinyin;

/**
 * Joins printed lines into paragraphs, across page breaks too. A line starts a new paragraph
 * when it is indented, when a wider gap than usual separates it from the line above, when the
 * line above stopped short of the margin at the end of a sentence, or when either is a heading.
 * Otherwise it continues the line above; Chinese lines join without a space.
 */
final class Paragraphs {

    /** Punctuation that ends a sentence (or a clause a paragraph may end on). */
    private static final Pattern SENTENCE_END = Pattern.compile(".*[。！？!?；;：:”」）)]$");

    private final List<Block> blocks;
    private StringBuilder text;
    private Provenance start;
    private TextLine previous;
    private double previousRightMargin;

    Paragraphs(List<Block> blocks) {
        this.blocks = blocks;
    }

    /**
     * Adds a line, given its page's text margins and the usual distance between the baselines
     * of its page's lines.
     */
    void add(TextLine line, double leftMargin, double rightMargin, double linePitch) {
        boolean heading = SectionHeadings.isHeading(line.text());
        boolean indented = line.left() > leftMargin + 0.8 * line.charWidth();
        boolean breaks = text == null || heading || indented;
        if (!breaks && previous != null) {
            boolean samePage = previous.page().equals(line.page());
            boolean gap = samePage && linePitch > 0 && line.bottom() - previous.bottom() > 1.35 * linePitch;
            boolean previousShort = previous.right() < previousRightMargin - 1.5 * previous.charWidth();
            breaks = gap || SectionHeadings.isHeading(previous.text())
                    || (previousShort && SENTENCE_END.matcher(Pinyin.strip(previous.text())).matches());
        }
        if (breaks) {
            flush();
            text = new StringBuilder(line.text());
            start = line.page();
        } else {
            text.append(line.text());
        }
        previous = line;
        previousRightMargin = rightMargin;
    }

    /** Ends the paragraph in progress (before a table, or at the end). */
    void flush() {
        if (text != null && !text.isEmpty()) {
            blocks.add(new Block.Paragraph(text.toString(), start));
        }
        text = null;
        previous = null;
    }
}
