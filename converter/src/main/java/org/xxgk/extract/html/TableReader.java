package org.xxgk.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.xxgk.grid.Cell;
import org.xxgk.grid.CellBudget;
import org.xxgk.grid.Grid;
import org.xxgk.normalize.Tidy;

/** Turns one HTML data table into a grid, keeping each cell's spans and source line. */
final class TableReader {

    /** Spans beyond these are hostile or broken markup; HTML itself caps colspan at 1000. */
    private static final int MAX_COLSPAN = 1000;
    private static final int MAX_ROWSPAN = 1000;

    private TableReader() {
    }

    /** A table whose cells hold no further tables: the report's own tables look like this. */
    static boolean isDataTable(Element table) {
        return table.selectFirst("td table, th table") == null;
    }

    /**
     * The table as a grid, its cells counted against {@code cells} as they are made; a table
     * {@code number} above 0 gives each cell its table and row too (the grid adds its column).
     */
    static Grid read(Element table, int number, CellBudget cells) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Element tr : rowsOf(table)) {
            List<Cell> row = new ArrayList<>();
            int rowNumber = rows.size() + 1;
            for (Element td : tr.children()) {
                if (td.normalName().equals("td") || td.normalName().equals("th")) {
                    org.xxgk.grid.Provenance at = HtmlExtractor.provenanceOf(td);
                    row.add(new Cell(cellText(td), span(td, "rowspan", MAX_ROWSPAN), span(td, "colspan", MAX_COLSPAN),
                            number > 0 ? at.withTableRow(number, rowNumber) : at));
                }
            }
            rows.add(row);
        }
        return Grid.fromRows(rows, cells);
    }

    private static List<Element> rowsOf(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" -> {
                    for (Element tr : child.children()) {
                        if (tr.normalName().equals("tr")) {
                            rows.add(tr);
                        }
                    }
                }
                default -> {
                }
            }
        }
        return rows;
    }

    private static int span(Element td, String attribute, int max) {
        String value = td.attr(attribute).trim();
        if (value.isEmpty()) {
            return 1;
        }
        try {
            int span = Integer.parseInt(value.replaceAll("[^0-9]", ""));
            return Math.max(1, Math.min(span, max));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The cell's text with <br> and block elements as line breaks. */
    static String cellText(Element td) {
        StringBuilder out = new StringBuilder();
        appendText(td, out);
        List<String> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            String trimmed = Tidy.trim(line.replaceAll("[\\s\\u00A0\\u3000]+", " "));
            if (!trimmed.isEmpty()) {
                lines.add(trimmed);
            }
        }
        return String.join("\n", lines);
    }

    private static void appendText(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                out.append(t.getWholeText().replace('\n', ' '));
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    out.append('\n');
                } else if (!tag.equals("script") && !tag.equals("style")) {
                    boolean block = tag.equals("p") || tag.equals("div") || tag.equals("li");
                    if (block) {
                        out.append('\n');
                    }
                    appendText(e, out);
                    if (block) {
                        out.append('\n');
                    }
                }
            }
        }
    }
}
