package org.xxgk.extract.sheet;

import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xxgk.LimitExceeded;

/**
 * A workbook's shared-string table, read by POI's streaming reader, its strings counted as they
 * are read: each is the text of at least one cell (Excel keeps no unused ones), so a table of
 * more strings than the cell limit stops there instead of filling memory with millions.
 */
final class CountedSharedStrings extends ReadOnlySharedStringsTable {

    private final int max;
    private int read;

    CountedSharedStrings(InputStream table, int max) throws IOException, SAXException {
        // POI parses in its constructor, before this class's fields are set: give it nothing
        // there, and the real table once the limit is known. Phonetic guides are left out, as
        // XSSF's own cell text leaves them out.
        super(InputStream.nullInputStream(), false);
        this.max = max;
        readFrom(table);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        // Counted as POI counts them (its namespace or none given), so that every index below
        // the count is one of POI's strings.
        boolean ours = uri == null || uri.equals(org.apache.poi.xssf.usermodel.XSSFRelation.NS_SPREADSHEETML);
        if (ours && "si".equals(localName) && ++read > max) {
            throw new LimitExceeded("电子表格中的文字条目超过上限（" + max + "条），不像是一份年度报告", read);
        }
        super.startElement(uri, localName, qName, attributes);
    }

    /** The text of string {@code index}, "" when the table has no such string. */
    String text(int index) {
        return index >= 0 && index < read ? getItemAt(index).getString() : "";
    }
}
