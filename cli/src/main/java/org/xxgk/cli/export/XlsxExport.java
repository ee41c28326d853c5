package org.xxgk.cli.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.xxgk.cli.AtomicFiles;
import org.xxgk.cli.audit.AuditFinding;
import org.xxgk.cli.audit.YearContinuity;
import org.xxgk.cli.batch.DisplayWidth;
import org.xxgk.cli.batch.Outcome;

/**
 * The batch as a workbook for people: 检查结果 (every finding of every report, its place and
 * status in words), 年度衔接 (the checks across one issuer's consecutive years, as in --audit),
 * 汇总 (every value summed across the reports), then the wide and the long table, and with
 * --xlsx-layout a sheet per report laid out like the official tables ({@link LayoutSheets}). Statuses are Chinese words; every sheet has its header frozen, a filter, and columns as
 * wide as their text (up to a limit). The long table has about 200 rows a report: past Excel's
 * 1,048,576 rows a sheet it goes on in 长表2, 长表3…. The workbook says it was written by xxgk,
 * so a later run over the same folder does not take it for a report.
 */
public final class XlsxExport {

    /** What xxgk puts in the workbook's creator property (docProps/core.xml). */
    public static final String CREATOR = "xxgk";
    /** Excel's rows per sheet. */
    static final int EXCEL_ROWS = 1_048_576;
    /** Widest column, in characters: a long message wraps rather than pushing the rest away. */
    private static final int WIDEST = 60;
    private static final int STATUS_COLUMN = Exports.WIDE_LEADING.indexOf("状态");
    private static final List<String> CONTINUITY_HEADER = List.of(
            "发布机关", "上一年度", "本年度", "上一年度文件", "本年度文件", "位置", "说明", "预期值", "实际值", "JSON指针");

    private XlsxExport() {
    }

    public static void write(Path target, List<Outcome> outcomes) throws IOException {
        write(target, outcomes, false);
    }

    /** With {@code layout}, one more sheet per report, laid out like the official tables. */
    public static void write(Path target, List<Outcome> outcomes, boolean layout) throws IOException {
        AtomicFiles.write(target, out -> write(outcomes, EXCEL_ROWS, layout, out));
    }

    public static byte[] bytes(List<Outcome> outcomes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(outcomes, EXCEL_ROWS, bytes);
        return bytes.toByteArray();
    }

    /** The workbook with at most {@code rowsPerSheet} rows (header included) on a sheet. */
    static void write(List<Outcome> outcomes, int rowsPerSheet, java.io.OutputStream out) throws IOException {
        write(outcomes, rowsPerSheet, false, out);
    }

    private static void write(List<Outcome> outcomes, int rowsPerSheet, boolean layout, java.io.OutputStream out) throws IOException {
        // Streaming keeps memory flat for thousands of reports.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator(CREATOR);
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);

            Table findings = new Table(workbook.createSheet("检查结果"), FindingRows.HEADER, header);
            int findingSheets = 1;
            Totals totals = new Totals();
            for (Outcome outcome : outcomes) {
                for (List<Object> row : FindingRows.of(outcome)) {
                    if (findings.rows() == rowsPerSheet) {
                        findings.finish(1);
                        findings = new Table(workbook.createSheet("检查结果" + ++findingSheets), FindingRows.HEADER, header);
                    }
                    findings.add(row);
                }
                totals.add(outcome);
            }
            findings.finish(1);

            Table years = new Table(workbook.createSheet("年度衔接"), CONTINUITY_HEADER, header);
            for (AuditFinding f : YearContinuity.check(outcomes)) {
                years.add(Arrays.asList(f.issuer(), f.years().get(0), f.years().get(1), f.files().get(0), f.files().get(1),
                        FindingWords.place(f.path()), f.message(), f.expected(), f.actual(), f.path()));
            }
            years.finish(1);

            Table sums = new Table(workbook.createSheet("汇总"), Totals.HEADER, header);
            totals.rows().forEach(sums::add);
            sums.finish(0);

            Table wide = new Table(workbook.createSheet("宽表"), Exports.wideHeader(), header);
            for (Outcome outcome : outcomes) {
                List<Object> row = new ArrayList<>(Exports.wideRow(outcome));
                row.set(STATUS_COLUMN, FindingWords.status(outcome.status()));
                wide.add(row);
            }
            wide.finish(1);

            Table tall = new Table(workbook.createSheet("长表"), Exports.LONG_HEADER, header);
            int longSheets = 1;
            for (Outcome outcome : outcomes) {
                for (List<Object> values : Exports.longRows(outcome)) {
                    if (tall.rows() == rowsPerSheet) {
                        tall.finish(0);
                        tall = new Table(workbook.createSheet("长表" + ++longSheets), Exports.LONG_HEADER, header);
                    }
                    tall.add(values);
                }
            }
            tall.finish(0);
            if (layout) {
                LayoutSheets.add(workbook, outcomes, header);
            }
            workbook.write(out);
        }
    }

    /** One sheet being written: its rows, and the widest text of each column so far. */
    private static final class Table {
        private final Sheet sheet;
        private final int[] widths;
        private int next;

        Table(Sheet sheet, List<String> header, CellStyle style) {
            this.sheet = sheet;
            this.widths = new int[header.size()];
            write(List.copyOf(header), style);
        }

        int rows() {
            return next;
        }

        void add(List<?> values) {
            write(values, null);
        }

        private void write(List<?> values, CellStyle style) {
            Row row = sheet.createRow(next++);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                String text;
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                    text = value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString();
                } else {
                    text = value.toString();
                    cell.setCellValue(text);
                }
                if (style != null) {
                    cell.setCellStyle(style);
                }
                widths[c] = Math.max(widths[c], DisplayWidth.of(text));
            }
        }

        /** Header frozen (and the first {@code columns} columns), a filter over every row, widths fitted. */
        void finish(int columns) {
            sheet.createFreezePane(columns, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, widths.length - 1));
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, (Math.min(WIDEST, widths[c]) + 2) * 256);
            }
        }
    }
}
