package org.xxgk.extract.rtf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xxgk.detect.TextCharsets;
import org.xxgk.extract.ExtractionException;
import org.xxgk.grid.Block;
import org.xxgk.grid.CellBudget;
import org.xxgk.grid.Boundaries;
import org.xxgk.grid.Grid;
import org.xxgk.grid.PlacedCell;
import org.xxgk.grid.Provenance;
import org.xxgk.grid.VerticalMerges;
import org.xxgk.normalize.Tidy;

/**
 * Reads RTF into paragraphs and tables. Text is decoded as RTF says: {@code \\uN} characters
 * (their fallback skipped), {@code \\'hh} bytes and raw bytes in the code page of the current
 * font's charset or the document's {@code \\ansicpg} (GBK for 宋体 with {@code \\fcharset134}).
 * Tables keep their merged cells: the column grid is rebuilt from every row's {@code \\cellx}
 * edges, {@code \\clmgf}/{@code \\clmrg} join cells across, {@code \\clvmgf}/{@code \\clvmrg} down.
 * Destinations that are not the document's text (font and style tables, pictures, field codes,
 * headers and footers) are skipped.
 */
final class RtfReader {

    static final int MAX_DEPTH = 256;

    private static final Set<String> SKIPPED = Set.of("fonttbl", "colortbl", "stylesheet", "info", "pict", "object",
            "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "fldinst", "xmlnstbl",
            "listtable", "listoverridetable", "rsidtbl", "generator", "themedata", "colorschememapping", "latentstyles",
            "datastore", "mmathPr", "pgdsctbl", "footnote", "annotation", "atnid", "atnauthor", "shppict", "nonshppict",
            "filetbl", "revtbl", "userprops", "docvar", "bkmkstart", "bkmkend");

    /** What a group sets; a closing brace restores the state of the group around it. */
    private static final class State {
        boolean skip;
        boolean fontTable;
        int font = -1;
        int unicodeSkip = 1;
        boolean inTable;

        State copy() {
            State s = new State();
            s.skip = skip;
            s.fontTable = fontTable;
            s.font = font;
            s.unicodeSkip = unicodeSkip;
            s.inTable = inTable;
            return s;
        }
    }

    /** One cell as the row definition gives it. */
    private record CellDef(int right, boolean mergeFirst, boolean mergeNext, boolean downFirst, boolean downNext) {
    }

    private final RtfTokens tokens;
    private final List<Block> blocks = new ArrayList<>();
    private final Deque<State> stack = new ArrayDeque<>();
    private State state = new State();
    private Charset documentCharset = Charset.forName("windows-1252");
    private final Map<Integer, Charset> fontCharsets = new HashMap<>();
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final StringBuilder paragraph = new StringBuilder();
    private int skipFallback;
    private boolean firstWordOfGroup;

    // tables
    private int rowLeft;
    private final List<CellDef> cellDefs = new ArrayList<>();
    private boolean mergeFirst;
    private boolean mergeNext;
    private boolean downFirst;
    private boolean downNext;
    private final List<String> cellTexts = new ArrayList<>();
    private final List<String> cellParagraphs = new ArrayList<>();
    private final List<List<CellDef>> tableDefs = new ArrayList<>();
    private final List<List<String>> tableTexts = new ArrayList<>();
    private final List<Integer> tableLefts = new ArrayList<>();
    private int tables;

    private final CellBudget cells;

    RtfReader(byte[] content) {
        this(content, new CellBudget(org.xxgk.Limits.DEFAULT.maxCells()));
    }

    /** A reader whose table cells are counted against {@code cells} as they are made. */
    RtfReader(byte[] content, CellBudget cells) {
        this.tokens = new RtfTokens(content);
        this.cells = cells;
    }

    List<Block> read() throws ExtractionException {
        while (tokens.next() != RtfTokens.Type.END) {
            switch (tokens.type) {
                case OPEN -> open();
                case CLOSE -> close();
                case WORD -> word(tokens.word, tokens.parameter);
                case HEX -> hex(tokens.parameter == null ? '?' : tokens.parameter);
                case SYMBOL -> symbol(tokens.word);
                case TEXT -> text(tokens.text);
                default -> {
                }
            }
        }
        endParagraph();
        endTable();
        return blocks;
    }

    private void open() throws ExtractionException {
        if (stack.size() >= MAX_DEPTH) {
            throw new ExtractionException("RTF文档的分组嵌套超过" + MAX_DEPTH + "层，文件已损坏或不是可读取的报告");
        }
        flushBytes();
        stack.push(state);
        state = state.copy();
        firstWordOfGroup = true;
    }

    private void close() {
        flushBytes();
        if (!stack.isEmpty()) {
            state = stack.pop();
        }
        firstWordOfGroup = false;
    }

    private void word(String word, Integer parameter) {
        boolean first = firstWordOfGroup;
        firstWordOfGroup = false;
        if (SKIPPED.contains(word) && !word.equals("fonttbl")) {
            state.skip = true;
            return;
        }
        if (word.equals("fonttbl")) {
            state.skip = true;
            state.fontTable = true;
            return;
        }
        if (state.fontTable) {
            fontTableWord(word, parameter);
            return;
        }
        if (state.skip) {
            return;
        }
        if (skipFallback > 0 && first) {
            skipFallback = 0;
        }
        int n = parameter == null ? 0 : parameter;
        switch (word) {
            case "ansicpg" -> documentCharset = codePage(n, documentCharset);
            case "f" -> {
                flushBytes();
                state.font = n;
            }
            case "uc" -> state.unicodeSkip = Math.max(0, n);
            case "u" -> {
                flushBytes();
                int code = n < 0 ? n + 65536 : n;
                paragraph.append((char) code);
                skipFallback = state.unicodeSkip;
            }
            case "par", "sect", "page" -> {
                flushBytes();
                endParagraph();
            }
            case "line" -> append("\n");
            case "tab" -> append("\t");
            case "emdash" -> append("—");
            case "endash" -> append("–");
            case "bullet" -> append("•");
            case "lquote" -> append("‘");
            case "rquote" -> append("’");
            case "ldblquote" -> append("“");
            case "rdblquote" -> append("”");
            case "pard" -> state.inTable = false;
            case "intbl" -> state.inTable = true;
            case "trowd" -> {
                cellDefs.clear();
                rowLeft = 0;
                clearCellFlags();
            }
            case "trleft" -> rowLeft = n;
            case "clmgf" -> mergeFirst = true;
            case "clmrg" -> mergeNext = true;
            case "clvmgf" -> downFirst = true;
            case "clvmrg" -> downNext = true;
            case "cellx" -> {
                cellDefs.add(new CellDef(n, mergeFirst, mergeNext, downFirst, downNext));
                clearCellFlags();
            }
            case "cell", "nestcell" -> {
                flushBytes();
                endCell();
            }
            case "row" -> {
                flushBytes();
                endRow();
            }
            default -> {
            }
        }
    }

    private void clearCellFlags() {
        mergeFirst = false;
        mergeNext = false;
        downFirst = false;
        downNext = false;
    }

    private void fontTableWord(String word, Integer parameter) {
        int n = parameter == null ? 0 : parameter;
        if (word.equals("f")) {
            state.font = n;
        } else if (word.equals("fcharset") && state.font >= 0) {
            Charset charset = fontCharset(n);
            if (charset != null) {
                fontCharsets.put(state.font, charset);
            }
        } else if (word.equals("cpg") && state.font >= 0) {
            fontCharsets.put(state.font, codePage(n, documentCharset));
        }
    }

    private void symbol(String symbol) {
        if (state.skip) {
            return;
        }
        switch (symbol) {
            case "*" -> state.skip = true; // an optional destination this reader does not know
            case "~" -> append("\u00A0");
            case "_" -> append("-");
            case "\\", "{", "}" -> {
                if (skipFallback > 0) {
                    skipFallback--;
                } else {
                    bytes(symbol.charAt(0));
                }
            }
            default -> {
            }
        }
    }

    private void hex(int value) {
        if (state.skip) {
            return;
        }
        if (skipFallback > 0) {
            skipFallback--;
            return;
        }
        bytes(value);
    }

    private void text(CharSequence text) {
        if (state.skip) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            if (skipFallback > 0) {
                skipFallback--;
                continue;
            }
            bytes(text.charAt(i));
        }
    }

    private void bytes(int b) {
        pending.write(b);
    }

    private void append(String s) {
        flushBytes();
        paragraph.append(s);
    }

    /** Bytes written as text or {@code \'hh}, decoded in the code page of the current font. */
    private void flushBytes() {
        if (pending.size() == 0) {
            return;
        }
        Charset charset = fontCharsets.getOrDefault(state.font, documentCharset);
        paragraph.append(new String(pending.toByteArray(), charset));
        pending.reset();
    }

    private void endParagraph() {
        flushBytes();
        String text = paragraph.toString();
        paragraph.setLength(0);
        if (state.inTable) {
            cellParagraphs.add(text);
            return;
        }
        endTable();
        for (String line : text.split("\n")) {
            String trimmed = Tidy.trim(line);
            if (!trimmed.isEmpty()) {
                blocks.add(new Block.Paragraph(trimmed, Provenance.UNKNOWN));
            }
        }
    }

    private void endCell() {
        cellParagraphs.add(paragraph.toString());
        paragraph.setLength(0);
        List<String> lines = new ArrayList<>();
        for (String p : cellParagraphs) {
            for (String line : p.split("\n")) {
                String trimmed = Tidy.trim(line);
                if (!trimmed.isEmpty()) {
                    lines.add(trimmed);
                }
            }
        }
        cellParagraphs.clear();
        cellTexts.add(String.join("\n", lines));
    }

    private void endRow() {
        if (!paragraph.isEmpty() || !cellParagraphs.isEmpty()) {
            endCell();
        }
        tableDefs.add(List.copyOf(cellDefs));
        tableTexts.add(List.copyOf(cellTexts));
        tableLefts.add(rowLeft);
        cellTexts.clear();
    }

    /** The rows read so far become a table: the grid from all their cell edges, merges resolved. */
    private void endTable() {
        if (tableDefs.isEmpty()) {
            return;
        }
        tables++;
        List<Double> edges = new ArrayList<>();
        for (int r = 0; r < tableDefs.size(); r++) {
            int left = tableLefts.get(r);
            edges.add((double) left);
            for (CellDef def : tableDefs.get(r)) {
                edges.add((double) def.right());
            }
        }
        Boundaries columns = Boundaries.of(edges, EDGE_TOLERANCE);
        List<List<PlacedCell>> rows = new ArrayList<>();
        for (int r = 0; r < tableDefs.size(); r++) {
            List<CellDef> defs = tableDefs.get(r);
            List<String> texts = tableTexts.get(r);
            List<PlacedCell> row = new ArrayList<>();
            int left = tableLefts.get(r);
            Provenance at = Provenance.tableRow(tables, r + 1);
            for (int c = 0; c < Math.max(defs.size(), texts.size()); c++) {
                CellDef def = c < defs.size() ? defs.get(c) : null;
                int cellLeft = c == 0 ? left : c - 1 < defs.size() ? defs.get(c - 1).right() : left;
                String text = c < texts.size() ? texts.get(c) : "";
                if (def != null && def.mergeNext() && !row.isEmpty()) {
                    // \clmrg: the cell continues the one to its left, which grows to cover it
                    PlacedCell previous = row.remove(row.size() - 1);
                    int end = columns.nearest(def.right());
                    row.add(new PlacedCell(previous.column(), Math.max(1, end - previous.column()), previous.text(), previous.merge(),
                            previous.at()));
                    continue;
                }
                int column = columns.nearest(cellLeft);
                int end = def == null ? column + 1 : Math.max(column + 1, columns.nearest(def.right()));
                PlacedCell.VerticalMerge merge = def == null ? PlacedCell.VerticalMerge.NONE
                        : def.downNext() ? PlacedCell.VerticalMerge.CONTINUE
                        : def.downFirst() ? PlacedCell.VerticalMerge.RESTART : PlacedCell.VerticalMerge.NONE;
                row.add(new PlacedCell(column, end - column, text, merge, at));
            }
            rows.add(row);
        }
        blocks.add(new Block.Table(Grid.fromRows(VerticalMerges.resolve(rows), cells), Provenance.tableRow(tables, 1)));
        tableDefs.clear();
        tableTexts.clear();
        tableLefts.clear();
    }

    /** Edges closer than this, in twips, are one column boundary. */
    private static final double EDGE_TOLERANCE = 30;

    private static Charset fontCharset(int fcharset) {
        return switch (fcharset) {
            case 134 -> TextCharsets.GB18030;
            case 136 -> TextCharsets.BIG5;
            case 128 -> supported("windows-31j");
            case 129 -> supported("x-windows-949");
            default -> null;
        };
    }

    private static Charset codePage(int number, Charset otherwise) {
        Charset charset = switch (number) {
            case 936, 54936 -> TextCharsets.GB18030;
            case 950 -> TextCharsets.BIG5;
            case 65001 -> java.nio.charset.StandardCharsets.UTF_8;
            default -> supported("windows-" + number);
        };
        return charset == null ? otherwise : charset;
    }

    private static Charset supported(String name) {
        return Charset.isSupported(name) ? Charset.forName(name) : null;
    }
}
