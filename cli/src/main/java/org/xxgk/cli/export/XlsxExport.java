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

/** The wide and long tables as two sheets of one workbook, headers frozen, values as numbers. */
public final class XlsxExport {

    private XlsxExport() {
    }

    public static void write(Path target, List<Outcome> outcomes) throws IOException {
        AtomicFiles.write(target, bytes(outcomes));
    }

    public static byte[] bytes(List<Outcome> outcomes) throws IOException {
        // Streaming keeps memory flat for thousands of reports.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
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

            Sheet tall = workbook.createSheet("长表");
            row(tall, 0, List.copyOf(Exports.LONG_HEADER), header);
            r = 1;
            for (Outcome outcome : outcomes) {
                for (List<Object> values : Exports.longRows(outcome)) {
                    row(tall, r++, values, null);
                }
            }
            tall.createFreezePane(0, 1);

            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        }
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
