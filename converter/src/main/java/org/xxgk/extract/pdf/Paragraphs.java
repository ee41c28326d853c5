package org.xxgk.extract.pdf;

import java.util.ArrayList;
import java.util.List;
import org.xxgk.grid.Block;
import org.xxgk.grid.Provenance;
import org.xxgk.layout.SectionHeadings;

/**
 * Joins printed lines into paragraphs, across page breaks too: a line belongs to the paragraph
 * above unless it is indented, the line above stopped short of the margin, or either is a
 * heading. Chinese lines join without a space.
 */
final class Paragraphs {

    private final List<Block> blocks;
    private StringBuilder text;
    private Provenance start;
    private TextLine previous;
    private double previousRightMargin;

    Paragraphs(List<Block> blocks) {
        this.blocks = blocks;
    }

    /** Adds a line, given the left and right text margins of its page. */
    void add(TextLine line, double leftMargin, double rightMargin) {
        boolean heading = SectionHeadings.isHeading(line.text());
        boolean indented = line.left() > leftMargin + 0.8 * line.charWidth();
        boolean previousShort = previous != null && previous.right() < previousRightMargin - 1.5 * previous.charWidth();
        boolean previousHeading = previous != null && SectionHeadings.isHeading(previous.text());
        if (text == null || indented || previousShort || heading || previousHeading) {
            flush();
            text = new StringBuilder(line.text());
            start = Provenance.page(line.page());
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
