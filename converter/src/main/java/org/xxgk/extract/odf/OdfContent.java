package org.xxgk.extract.odf;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.xxgk.extract.ExtractionException;
import org.xxgk.extract.SafeXml;
import org.xxgk.extract.sheet.SheetBlocks;
import org.xxgk.grid.Block;
import org.xxgk.grid.Cell;
import org.xxgk.grid.CellBudget;
import org.xxgk.grid.Grid;
import org.xxgk.grid.Provenance;
import org.xxgk.normalize.Tidy;

/**
 * Reads an OpenDocument content.xml with StAX (no DTD, no external entities): paragraphs and
 * headings in order, and tables with {@code number-columns-spanned} / {@code number-rows-spanned}
 * (their covered cells left out, as the grid expects). A spreadsheet's sheets become blocks the
 * way Excel sheets do. Repeated empty rows and cells ({@code number-rows-repeated="1048000"}) are
 * counted, not made, unless something follows them; cells are counted against the limit as they
 * are made, and the grids' positions as they are laid out.
 */
final class OdfContent {

    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

    private final boolean spreadsheet;
    /** The cells read from the XML, repeats included. */
    private final CellBudget made;
    /** The positions of the grids laid out from them, spans expanded. */
    private final CellBudget laidOut;
    private final List<Block> blocks = new ArrayList<>();
    private int tables;

    private OdfContent(boolean spreadsheet, int maxCells) {
        this.spreadsheet = spreadsheet;
        this.made = new CellBudget(maxCells);
        this.laidOut = new CellBudget(maxCells);
    }

    static List<Block> read(byte[] xml, boolean spreadsheet, int maxCells) throws ExtractionException {
        OdfContent content = new OdfContent(spreadsheet, maxCells);
        try {
            XMLStreamReader r = SafeXml.reader(new ByteArrayInputStream(xml));
            try {
                content.document(r);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new ExtractionException(SafeXml.DOCTYPE.equals(e.getMessage())
                    ? "文档中的XML含有文档类型声明（DOCTYPE），出于安全考虑拒绝读取" : OdfExtractor.DAMAGED, e);
        }
        return content.blocks;
    }

    private void document(XMLStreamReader r) throws XMLStreamException {
        while (SafeXml.nextStart(r)) {
            if (is(r, TABLE, "table")) {
                table(r);
            } else if (is(r, TEXT, "p") || is(r, TEXT, "h")) {
                String text = Tidy.trim(paragraph(r));
                for (String line : text.split("\n")) {
                    if (!Tidy.trim(line).isEmpty()) {
                        blocks.add(new Block.Paragraph(Tidy.trim(line), Provenance.UNKNOWN));
                    }
                }
            }
        }
    }

    /** A paragraph's text: spans, {@code <text:s c="n"/>}, tabs and line breaks; notes and frames left out. */
    private static String paragraph(XMLStreamReader r) throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        int depth = 1;
        while (r.hasNext() && depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (is(r, TEXT, "s")) {
                    String c = r.getAttributeValue(TEXT, "c");
                    out.append(" ".repeat(Math.min(100, c == null ? 1 : parse(c, 1))));
                } else if (is(r, TEXT, "tab")) {
                    out.append('\t');
                } else if (is(r, TEXT, "line-break")) {
                    out.append('\n');
                } else if (is(r, TEXT, "note") || is(r, OFFICE, "annotation") || r.getLocalName().equals("frame")) {
                    skip(r);
                    continue;
                }
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS) {
                out.append(r.getText());
            }
        }
        return out.toString();
    }

    private void table(XMLStreamReader r) throws XMLStreamException {
        String name = r.getAttributeValue(TABLE, "name");
        tables++;
        List<List<Cell>> rows = new ArrayList<>();
        int pendingEmptyRows = 0;
        int depth = 1;
        int rowNumber = 0;
        while (r.hasNext() && depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (is(r, TABLE, "table-row")) {
                    int repeat = parse(r.getAttributeValue(TABLE, "number-rows-repeated"), 1);
                    List<Cell> row = row(r, spreadsheet ? Provenance.sheetRow(name, rowNumber + 1) : Provenance.tableRow(tables, rowNumber + 1));
                    rowNumber += repeat;
                    if (spreadsheet && row.stream().allMatch(Cell::isBlank)) {
                        pendingEmptyRows += repeat; // a sheet's empty rows are made only if something follows
                        continue;
                    }
                    for (int i = 0; i < Math.min(pendingEmptyRows, 1000); i++) {
                        rows.add(List.of());
                    }
                    pendingEmptyRows = 0;
                    for (int i = 0; i < Math.min(repeat, 1000); i++) {
                        rows.add(row);
                        if (i > 0) {
                            made.take(row.size()); // the row's own cells were counted as they were made
                        }
                    }
                    continue;
                }
                if (is(r, TABLE, "table")) {
                    skip(r); // a table inside a cell of this one: layout, its text is not a row
                    continue;
                }
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if (spreadsheet) {
            SheetBlocks sheet = new SheetBlocks(laidOut);
            for (List<Cell> row : rows) {
                sheet.row(row, row.isEmpty() ? Provenance.sheetRow(name, 0) : row.get(0).at());
            }
            blocks.addAll(sheet.finish());
        } else if (!rows.isEmpty()) {
            blocks.add(new Block.Table(Grid.fromRows(rows, laidOut), Provenance.tableRow(tables, 1)));
        }
    }

    /** One row's cells; repeated empty cells at its end are not made. */
    private List<Cell> row(XMLStreamReader r, Provenance at) throws XMLStreamException {
        List<Cell> cells = new ArrayList<>();
        int pendingEmpty = 0;
        int column = 0; // the columns before this cell, covered ones and repeats counted
        int depth = 1;
        while (r.hasNext() && depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                boolean covered = is(r, TABLE, "covered-table-cell");
                if (is(r, TABLE, "table-cell") || covered) {
                    int repeat = parse(r.getAttributeValue(TABLE, "number-columns-repeated"), 1);
                    int colSpan = parse(r.getAttributeValue(TABLE, "number-columns-spanned"), 1);
                    int rowSpan = parse(r.getAttributeValue(TABLE, "number-rows-spanned"), 1);
                    String value = r.getAttributeValue(OFFICE, "value");
                    String type = r.getAttributeValue(OFFICE, "value-type");
                    String text = cellText(r);
                    int first = column;
                    column += repeat;
                    if (covered) {
                        continue; // covered by a span from the left or above: the grid fills it
                    }
                    if (value != null && ("float".equals(type) || "percentage".equals(type) || "currency".equals(type))) {
                        text = plain(value); // the number itself, not its display format
                    }
                    if (spreadsheet && text.isEmpty() && colSpan == 1 && rowSpan == 1) {
                        pendingEmpty += repeat; // a sheet's empty cells are made only if something follows
                        continue;
                    }
                    for (int i = 0; i < Math.min(pendingEmpty, 1000); i++) {
                        made.take(1);
                        cells.add(Cell.of("", at));
                    }
                    pendingEmpty = 0;
                    for (int i = 0; i < Math.min(repeat, 1000); i++) {
                        made.take(1);
                        cells.add(new Cell(text, Math.min(rowSpan, 1000), Math.min(colSpan, 1000), at.withCol(first + i + 1)));
                    }
                    continue;
                }
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return cells;
    }

    /** A cell's paragraphs, one line each. */
    private static String cellText(XMLStreamReader r) throws XMLStreamException {
        List<String> lines = new ArrayList<>();
        int depth = 1;
        while (r.hasNext() && depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (is(r, TEXT, "p") || is(r, TEXT, "h")) {
                    for (String line : paragraph(r).split("\n")) {
                        String t = Tidy.trim(line);
                        if (!t.isEmpty()) {
                            lines.add(t);
                        }
                    }
                    continue;
                }
                if (is(r, TABLE, "table")) {
                    skip(r);
                    continue;
                }
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return String.join("\n", lines);
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (r.hasNext() && depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static boolean is(XMLStreamReader r, String namespace, String local) {
        return local.equals(r.getLocalName()) && namespace.equals(r.getNamespaceURI());
    }

    private static int parse(String value, int otherwise) {
        if (value == null) {
            return otherwise;
        }
        try {
            return Math.max(1, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static String plain(String number) {
        try {
            return new java.math.BigDecimal(number.trim()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return number.trim();
        }
    }
}
