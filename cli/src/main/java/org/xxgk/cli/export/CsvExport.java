package org.xxgk.cli.export;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.xxgk.cli.AtomicFiles;
import org.xxgk.cli.batch.Outcome;

/**
 * The wide table as FILE, the long table beside it as FILE's name with "-long" added and the
 * findings (as on the workbook's 检查结果 sheet) with "-findings" added; UTF-8 with a byte-order
 * mark so that Excel and WPS open the Chinese correctly.
 */
public final class CsvExport {

    private CsvExport() {
    }

    public static Path longPath(Path wide) {
        return beside(wide, "-long");
    }

    public static Path findingsPath(Path wide) {
        return beside(wide, "-findings");
    }

    private static Path beside(Path wide, String suffix) {
        String name = wide.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : ".csv";
        return wide.resolveSibling(stem + suffix + extension);
    }

    public static void write(Path wide, List<Outcome> outcomes) throws IOException {
        StringWriter w = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.EXCEL)) {
            csv.printRecord(Exports.wideHeader());
            for (Outcome outcome : outcomes) {
                csv.printRecord(cells(Exports.wideRow(outcome)));
            }
        }
        AtomicFiles.write(wide, "\uFEFF" + w);
        StringWriter l = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(l, CSVFormat.EXCEL)) {
            csv.printRecord(Exports.LONG_HEADER);
            for (Outcome outcome : outcomes) {
                for (List<Object> row : Exports.longRows(outcome)) {
                    csv.printRecord(cells(row));
                }
            }
        }
        AtomicFiles.write(longPath(wide), "\uFEFF" + l);
        StringWriter f = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(f, CSVFormat.EXCEL)) {
            csv.printRecord(FindingRows.HEADER);
            for (Outcome outcome : outcomes) {
                for (List<Object> row : FindingRows.of(outcome)) {
                    csv.printRecord(cells(row));
                }
            }
        }
        AtomicFiles.write(findingsPath(wide), "\uFEFF" + f);
    }

    private static List<String> cells(List<Object> row) {
        return row.stream().map(v -> v == null ? "" : v instanceof BigDecimal b ? b.toPlainString() : v.toString()).toList();
    }
}
