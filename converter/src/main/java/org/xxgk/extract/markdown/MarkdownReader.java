package org.xxgk.extract.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.xxgk.extract.ExtractionException;
import org.xxgk.extract.html.HtmlExtractor;
import org.xxgk.grid.Block;
import org.xxgk.grid.Cell;
import org.xxgk.grid.Grid;
import org.xxgk.grid.Provenance;
import org.xxgk.layout.Section;
import org.xxgk.layout.SectionHeadings;
import org.xxgk.normalize.CellNumber;

/**
 * Reads a parsed Markdown report into blocks, undoing what PDF-to-Markdown tools do to its tables.
 * Under the headings of sections 二, 三 and 四 everything up to the next section heading is
 * table: GFM table fragments, the lines between them (labels cut from their numbers, a label
 * split over lines, loose lines of numbers such as {@code 0 0 0 0 0 0 0}, {@code 行政许可 97}) are
 * joined into one table in reading order, one row per line, page footers ({@code — 5 —}) left out.
 * A table row keeps every cell it was written with (GFM would cut a row to its header's width).
 * HTML table blocks keep their spans. Elsewhere, the lines a tool wrapped are joined back into
 * paragraphs.
 */
final class MarkdownReader {

    private static final Pattern PAGE_FOOTER = Pattern.compile(
            "[-—－–_\\s]*\\d{1,4}[-—－–_\\s]*|第\\s*\\d{1,4}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*/\\s*\\d{1,4}"
            + "|-+\\s*\\d{1,4}\\s*of\\s*\\d{1,4}\\s*-+");
    /** The buttons a web page prints under its text: 【打印本页】【关闭窗口】. */
    private static final Pattern WEB_BUTTONS = Pattern.compile("(【[^】]{1,8}】[\\s\\u00A0\\u3000]*)+");
    private static final Pattern DELIMITER_ROW = Pattern.compile("\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*");
    /** What converters put in a header row they had no words for: 数据1 数据2 …, Column1, 列1. */
    private static final Pattern PLACEHOLDER_HEADER = Pattern.compile("(?i)(数据|列|字段|column|col|header)\\s*\\d*|-+|\\s*");
    private static final Pattern MANY_DIGITS = Pattern.compile("\\d{2,}|\\d[^.、．)）\\d]|\\d$");
    private static final Pattern VALUE_TOKEN = Pattern.compile("[+-]?\\d[\\d,]*(\\.\\d+)?|[-—－/／]");

    private final String[] source;
    private final List<Block> blocks = new ArrayList<>();
    private final Paragraphs paragraphs;
    private Section section;
    private final List<List<Cell>> table = new ArrayList<>();
    private Provenance tableStart;
    /** Whether the table being joined has a row the Markdown itself wrote as a table row. */
    private boolean written;

    MarkdownReader(String source) {
        this.source = source.split("\\R", -1);
        this.paragraphs = new Paragraphs(blocks, Arrays.asList(this.source));
    }

    List<Block> read(Node document) throws ExtractionException {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            block(node);
        }
        endTable();
        paragraphs.flush();
        return blocks;
    }

    private void block(Node node) throws ExtractionException {
        if (node instanceof Heading heading) {
            heading(text(heading), line(heading));
        } else if (node instanceof Paragraph paragraph) {
            int first = line(paragraph);
            String[] lines = text(paragraph).split("\n");
            for (int i = 0; i < lines.length; i++) {
                line(lines[i], first + i);
            }
            paragraphs.endParagraph();
        } else if (node instanceof TableBlock) {
            tableRows(node);
        } else if (node instanceof HtmlBlock html) {
            htmlBlock(html);
        } else if (node instanceof ListBlock || node instanceof ListItem || node instanceof BlockQuote) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                block(child);
            }
        } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            int first = line(node) + (node instanceof FencedCodeBlock ? 1 : 0);
            String literal = node instanceof FencedCodeBlock f ? f.getLiteral() : ((IndentedCodeBlock) node).getLiteral();
            String[] lines = literal.split("\n");
            for (int i = 0; i < lines.length; i++) {
                line(lines[i], first + i);
            }
            paragraphs.endParagraph();
        }
    }

    private boolean inTable() {
        return section != null && Section.TABLES.contains(section);
    }

    /**
     * An ATX heading. A section heading starts its section; under 二–四 any other heading is a line
     * of the table (## 表三：…, or every line, as some converters write them); elsewhere, in a
     * document whose lines a tool wrapped, a heading that names no section is a wrapped line of text.
     */
    private void heading(String text, int line) {
        String t = text.strip();
        if (t.isEmpty()) {
            return;
        }
        Optional<Section> matched = SectionHeadings.match(t);
        if (matched.isEmpty() && (inTable() || (paragraphs.wrapped() && !SectionHeadings.isOtherTopLevel(t)))) {
            line(t, line);
            return;
        }
        endTable();
        paragraphs.flush();
        blocks.add(new Block.Paragraph(t, Provenance.line(line)));
        section = matched.orElse(SectionHeadings.isOtherTopLevel(t) ? null : section);
    }

    /** One line of text, at its line number in the file. */
    private void line(String raw, int number) {
        String text = raw.strip();
        if (text.isEmpty() || WEB_BUTTONS.matcher(text).matches()) {
            return;
        }
        if (PAGE_FOOTER.matcher(text).matches()) {
            paragraphs.pageBreak();
            return;
        }
        int[] embedded = SectionHeadings.findNumbered(text);
        if (embedded != null && (embedded[0] > 0 || embedded[1] < text.length())) {
            // A section heading inside a line that runs several parts of the page together.
            line(text.substring(0, embedded[0]), number);
            startSection(text.substring(embedded[0], embedded[1]).strip(), number);
            line(text.substring(embedded[1]), number);
            return;
        }
        if (SectionHeadings.isHeading(text) || (!inTable() && SectionHeadings.isOtherTopLevel(text))) {
            startSection(text, number);
            return;
        }
        if (!inTable()) {
            endTable();
            paragraphs.add(text, number);
            return;
        }
        List<String> cells = dataLine(text);
        row(cells == null ? List.of(text) : cells, number);
    }

    private void startSection(String heading, int line) {
        endTable();
        paragraphs.flush();
        blocks.add(new Block.Paragraph(heading, Provenance.line(line)));
        section = SectionHeadings.match(heading).orElse(null);
    }

    /** A line of a label and numbers (行政许可 97), or numbers alone, as cells; null for any other line. */
    private static List<String> dataLine(String text) {
        String[] tokens = text.split("[\\s\\u3000]+");
        int firstValue = tokens.length;
        while (firstValue > 0 && VALUE_TOKEN.matcher(tokens[firstValue - 1]).matches()) {
            firstValue--;
        }
        boolean anyNumber = false;
        for (int i = firstValue; i < tokens.length; i++) {
            anyNumber |= CellNumber.isNumeric(tokens[i]);
        }
        if (!anyNumber || (firstValue > 0 && CellNumber.isNumeric(tokens[firstValue - 1]))) {
            return null;
        }
        for (int i = 0; i < firstValue; i++) {
            if (MANY_DIGITS.matcher(tokens[i]).find()) {
                return null; // numbers inside the label part: several rows run together on one line
            }
        }
        // Each word of the label part is a cell of its own, as the columns of the table put them
        // (三、本年 / （一）予以公开): the row is named by the most specific.
        List<String> cells = new ArrayList<>(Arrays.asList(tokens).subList(0, firstValue));
        cells.addAll(Arrays.asList(tokens).subList(firstValue, tokens.length));
        return cells;
    }

    /** The rows of a GFM table, split from their source lines so that no row loses a cell. */
    private void tableRows(Node node) {
        paragraphs.flush();
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return;
        }
        int first = spans.get(0).getLineIndex();
        int last = spans.get(spans.size() - 1).getLineIndex();
        for (int i = first; i <= last && i < source.length; i++) {
            String line = source[i];
            if (DELIMITER_ROW.matcher(line).matches()) {
                continue;
            }
            List<String> cells = GfmRow.cells(line);
            if (i == first && cells.stream().allMatch(c -> PLACEHOLDER_HEADER.matcher(c).matches())) {
                continue; // a header row of placeholders: the converter had no header to give
            }
            if (PAGE_FOOTER.matcher(String.join("", cells)).matches() && cells.stream().filter(c -> !c.isBlank()).count() <= 1) {
                continue; // a page number caught inside the table
            }
            row(cells, i + 1);
            written = true;
        }
        if (!inTable()) {
            endTable(); // outside sections 二–四 a table stands alone
        }
    }

    private void htmlBlock(HtmlBlock html) throws ExtractionException {
        int first = line(html);
        if (html.getLiteral().strip().startsWith("<!--")) {
            paragraphs.pageBreak(); // <!-- PAGE_BREAK --> and other comments a converter leaves between pages
            return;
        }
        // Line numbers of cells stay those of the Markdown file.
        String padded = "\n".repeat(Math.max(0, first - 1)) + html.getLiteral();
        List<Block> read = new HtmlExtractor().extract(padded).blocks();
        boolean hasTable = read.stream().anyMatch(Block.Table.class::isInstance);
        if (!hasTable) {
            for (Block b : read) {
                if (b instanceof Block.Paragraph p) {
                    line(p.text(), p.at().line() == null ? first : p.at().line());
                }
            }
            return;
        }
        endTable();
        paragraphs.flush();
        blocks.addAll(read);
    }

    private void row(List<String> cells, int line) {
        paragraphs.flush();
        if (tableStart == null) {
            tableStart = Provenance.line(line);
        }
        Provenance at = Provenance.line(line);
        table.add(cells.stream().map(c -> Cell.of(c, at)).toList());
    }

    /**
     * Ends the table being joined. Lines of text without a single number (a caption, a note, the
     * headers of a table published as a picture) are text, not a table; a table the Markdown
     * wrote as one stays a table, numbers or not.
     */
    private void endTable() {
        if (table.isEmpty()) {
            return;
        }
        boolean numbers = table.stream().flatMap(List::stream).anyMatch(c -> CellNumber.isNumeric(c.text()));
        if (numbers || written) {
            blocks.add(new Block.Table(Grid.fromRows(List.copyOf(table)), tableStart));
        } else {
            for (List<Cell> row : table) {
                String text = String.join(" ", row.stream().map(Cell::text).filter(t -> !t.isBlank()).toList());
                if (!text.isBlank()) {
                    blocks.add(new Block.Paragraph(text, row.get(0).at()));
                }
            }
        }
        table.clear();
        tableStart = null;
        written = false;
    }

    private static int line(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }

    /** A node's inline text: soft and hard breaks and {@code <br>} as line breaks, markup left out. */
    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        appendText(node, out);
        return out.toString();
    }

    private static void appendText(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                out.append(t.getLiteral());
            } else if (child instanceof Code c) {
                out.append(c.getLiteral());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                out.append('\n');
            } else if (child instanceof HtmlInline h) {
                if (h.getLiteral().matches("(?i)<br\\s*/?>")) {
                    out.append('\n');
                }
            } else {
                appendText(child, out);
            }
        }
    }
}
