package org.xxgk.extract.word;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.xxgk.grid.PlacedCell;
import org.xxgk.grid.Provenance;
import org.xxgk.normalize.Tidy;

/** Reads a Word table's rows as placed cells: grid column, gridSpan and vMerge state per cell. */
final class DocxTableReader {

    /** More than Word allows (63 columns); anything larger is broken or hostile markup. */
    private static final int MAX_SPAN = 1000;

    private DocxTableReader() {
    }

    static List<List<PlacedCell>> placedRows(XWPFTable table, int tableNumber) {
        List<List<PlacedCell>> rows = new ArrayList<>();
        int rowNumber = 0;
        for (XWPFTableRow row : table.getRows()) {
            rowNumber++;
            List<PlacedCell> cells = new ArrayList<>();
            int column = gridBefore(row);
            for (XWPFTableCell cell : row.getTableCells()) {
                int span = gridSpan(cell);
                cells.add(new PlacedCell(column, span, text(cell), merge(cell), Provenance.tableRow(tableNumber, rowNumber)));
                column += span;
            }
            rows.add(cells);
        }
        return rows;
    }

    static String text(XWPFTableCell cell) {
        List<String> lines = new ArrayList<>();
        for (XWPFParagraph p : cell.getParagraphs()) {
            for (String line : p.getText().split("\\R")) {
                String trimmed = Tidy.trim(line);
                if (!trimmed.isEmpty()) {
                    lines.add(trimmed);
                }
            }
        }
        return String.join("\n", lines);
    }

    private static int gridSpan(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr == null || pr.getGridSpan() == null) {
            return 1;
        }
        return bounded(pr.getGridSpan().getVal());
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr pr = row.getCtRow().getTrPr();
        if (pr == null || pr.sizeOfGridBeforeArray() == 0) {
            return 0;
        }
        CTDecimalNumber before = pr.getGridBeforeArray(0);
        return before == null ? 0 : bounded(before.getVal()) % MAX_SPAN;
    }

    private static int bounded(BigInteger value) {
        if (value == null) {
            return 1;
        }
        return Math.max(1, Math.min(MAX_SPAN, value.min(BigInteger.valueOf(MAX_SPAN)).intValue()));
    }

    private static PlacedCell.VerticalMerge merge(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr == null || !pr.isSetVMerge()) {
            return PlacedCell.VerticalMerge.NONE;
        }
        CTVMerge vMerge = pr.getVMerge();
        // <w:vMerge/> without a value continues the merge above; val="restart" begins one.
        return vMerge.isSetVal() && vMerge.getVal() == STMerge.RESTART
                ? PlacedCell.VerticalMerge.RESTART
                : PlacedCell.VerticalMerge.CONTINUE;
    }
}
