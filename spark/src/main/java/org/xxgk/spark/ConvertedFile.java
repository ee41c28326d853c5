package org.xxgk.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.xxgk.model.Report;
import org.xxgk.write.ReportJson;

/**
 * What became of one input file: its reports (one, or one per report of a ZIP archive) as JSON
 * lines and as rows of the three tables; or nothing, when an earlier run already has an output
 * for the same bytes.
 */
record ConvertedFile(String path, boolean skipped, List<String> lines, List<Row> files, List<Row> values, List<Row> findings)
        implements Serializable {

    static ConvertedFile skipped(String path) {
        return new ConvertedFile(path, true, List.of(), List.of(), List.of(), List.of());
    }

    static ConvertedFile of(String path, String inputSha256, long millis, List<Report> reports) {
        List<String> lines = new ArrayList<>();
        List<Row> files = new ArrayList<>();
        List<Row> values = new ArrayList<>();
        List<Row> findings = new ArrayList<>();
        for (Report report : reports) {
            lines.add(ReportJson.line(report));
            files.add(OutputTables.file(path, inputSha256, millis, report));
            values.addAll(OutputTables.values(path, report));
            findings.addAll(OutputTables.findings(path, report));
        }
        return new ConvertedFile(path, false, lines, files, values, findings);
    }
}
