package org.xxgk.extract.sheet;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xxgk.extract.SafeXml;
import org.xxgk.normalize.Tidy;

/**
 * One worksheet part of an .xlsx, streamed with StAX (no DTD, no external entities) into
 * {@link SheetCells}: its rows and cells as they come, then its merged regions. Nothing of the
 * sheet is held but the filled cells, so a sheet of millions of rows stops at the limit while it
 * is read, where XSSF's workbook would first have built all of it.
 *
 * <p>A cell reads as XSSF reads it: a number keeps all its digits whatever its display format, a
 * formula gives its cached result, text is tidied, an error is blank.
 */
final class XlsxSheet {

    private final XMLStreamReader xml;
    private final CountedSharedStrings strings;
    private final SheetCells into;
    private int row = -1;
    private int column = -1;

    private XlsxSheet(XMLStreamReader xml, CountedSharedStrings strings, SheetCells into) {
        this.xml = xml;
        this.strings = strings;
        this.into = into;
    }

    static void read(InputStream part, CountedSharedStrings strings, SheetCells into) throws XMLStreamException {
        XMLStreamReader xml = SafeXml.reader(part);
        try {
            new XlsxSheet(xml, strings, into).sheet();
        } finally {
            xml.close();
        }
    }

    private void sheet() throws XMLStreamException {
        while (SafeXml.nextStart(xml)) {
            switch (xml.getLocalName()) {
                case "row" -> {
                    row = index(xml.getAttributeValue(null, "r"), row + 1);
                    column = -1;
                    into.row(row);
                }
                case "c" -> cell();
                case "mergeCell" -> {
                    String ref = xml.getAttributeValue(null, "ref");
                    if (ref != null && ref.contains(":")) {
                        into.merged(CellRangeAddress.valueOf(ref));
                    }
                }
                default -> {
                }
            }
        }
    }

    /** A {@code <c>}: its column, and its value from {@code <v>}, {@code <is>} and whether it has an {@code <f>}. */
    private void cell() throws XMLStreamException {
        String ref = xml.getAttributeValue(null, "r");
        column = ref == null ? column + 1 : new CellReference(ref).getCol();
        String type = xml.getAttributeValue(null, "t");
        String value = null;
        StringBuilder inline = null;
        boolean formula = false;
        int depth = 1;
        while (xml.hasNext() && depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v" -> {
                        value = xml.getElementText();
                        continue;
                    }
                    case "f" -> formula = true;
                    case "is" -> {
                        inline = inlineText();
                        continue;
                    }
                    default -> {
                    }
                }
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        into.cell(row, column, text(type, value, inline == null ? null : inline.toString(), formula));
    }

    /**
     * The text of an {@code <is>}: its runs' {@code <t>} if it has runs, else its own {@code <t>};
     * phonetic guides ({@code <rPh>}) left out, as XSSF leaves them out.
     */
    private StringBuilder inlineText() throws XMLStreamException {
        StringBuilder plain = new StringBuilder();
        StringBuilder runs = null;
        int depth = 1;
        while (xml.hasNext() && depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("rPh")) {
                    skip();
                    continue;
                }
                if (name.equals("r")) {
                    runs = runs == null ? new StringBuilder() : runs;
                    runs.append(runText());
                    continue;
                }
                if (name.equals("t")) {
                    plain.append(xml.getElementText());
                    continue;
                }
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return runs != null ? runs : plain;
    }

    private String runText() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (xml.hasNext() && depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("t")) {
                    text.append(xml.getElementText());
                    continue;
                }
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return text.toString();
    }

    private void skip() throws XMLStreamException {
        int depth = 1;
        while (xml.hasNext() && depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** The cell's text as {@link SheetReader#text} gives it for a cell XSSF has read. */
    private String text(String type, String value, String inline, boolean formula) {
        switch (type == null ? "n" : type) {
            case "s" -> {
                return value == null ? "" : tidy(strings == null ? "" : strings.text(number(value.trim())));
            }
            case "str" -> {
                return tidy(decoded(value == null ? "" : value));
            }
            case "inlineStr" -> {
                return tidy(decoded(inline != null ? inline : value == null ? "" : value));
            }
            case "b" -> {
                return String.valueOf("1".equals(value));
            }
            case "n" -> {
                if (value == null) {
                    return formula ? "0" : ""; // a formula never calculated reads as 0 in XSSF, an empty cell as blank
                }
                try {
                    double number = value.isBlank() ? 0 : Double.parseDouble(value);
                    return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    return "";
                }
            }
            default -> {
                return ""; // "e" (an error such as #DIV/0!) and anything unknown
            }
        }
    }

    /** XSSF decodes the _xHHHH_ escapes Excel writes for control characters. */
    private static String decoded(String text) {
        return text.contains("_x") ? new XSSFRichTextString(text).getString() : text;
    }

    private static String tidy(String text) {
        String tidied = Tidy.lines(List.of(text));
        return tidied == null ? "" : tidied;
    }

    private static int index(String r, int otherwise) {
        int n = r == null ? -1 : number(r.trim());
        return n > 0 ? n - 1 : otherwise;
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
