package org.xxgk.cli.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.xxgk.cli.AtomicFiles;
import org.xxgk.cli.batch.Outcome;

/**
 * The wide and long tables as sheets of one workbook, headers frozen, values as numbers. The
 * long table has about 200 rows a report: past Excel's 1,048,576 rows a sheet it goes on in
 * 长表2, 长表3…. The workbook says it was written by xxgk, so a later run over the same
 * folder does not take it for a report.
 */
public final class XlsxExport {

    /** What xxgk puts in the workbook's creator property (docProps/core.xml). */
    public static final String CREATOR = "xxgk";
    /** Excel's rows per sheet. */
    static final int EXCEL_ROWS = 1_048_576;

    private XlsxExport() {
    }

    public static void write(Path target, List<Outcome> outcomes) throws IOException {
        AtomicFiles.write(target, out -> write(outcomes, EXCEL_ROWS, out));
    }

    public static byte[] bytes(List<Outcome> outcomes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(outcomes, EXCEL_ROWS, bytes);
        return bytes.toByteArray();
    }

    /** The workbook with at most {@code rowsPerSheet} rows (header included) on a sheet. */
    static void write(List<Outcome> outcomes, int rowsPerSheet, java.io.OutputStream out) throws IOException {
        // Streaming keeps memory flat for thousands of reports.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator(CREATOR);
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);

            Sheet wide = workbook.createSheet("宽表");
            row(wide, 0, List.copyOf(Exports.wideHeader()), header);
            int r = 1;
            for (Outcome outcome : outcomes) {
                row(wide, r++, Exports.wideRow(outcome), null);
            }
            wide.createFreezePane(1, 1);

            Sheet tall = longSheet(workbook, 1, header);
            r = 1;
            for (Outcome outcome : outcomes) {
                for (List<Object> values : Exports.longRows(outcome)) {
                    if (r == rowsPerSheet) {
                        tall = longSheet(workbook, workbook.getNumberOfSheets(), header);
                        r = 1;
                    }
                    row(tall, r++, values, null);
                }
            }
            workbook.write(out);
        }
    }

    private static Sheet longSheet(SXSSFWorkbook workbook, int number, CellStyle header) {
        Sheet sheet = workbook.createSheet(number == 1 ? "长表" : "长表" + number);
        row(sheet, 0, List.copyOf(Exports.LONG_HEADER), header);
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void row(Sheet sheet, int index, List<?> values, CellStyle style) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
