package org.xxgk.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.xxgk.model.Finding;
import org.xxgk.model.Report;
import org.xxgk.write.CanonicalColumns;
import org.xxgk.write.ReportJson;

/**
 * The job's three tables, as Parquet schemas and the rows of one report. Every table starts with
 * the input's path (as the file system lists it), the report's name (source.file: for a report
 * inside a ZIP archive, archive!/path) and the report's sha256, so the tables join on them.
 */
final class OutputTables {

    /** Values as exact decimals: counts and amounts of a report fit in 20 integer and 18 decimal digits. */
    static final DataType VALUE = DataTypes.createDecimalType(38, 18);

    /** One row per report: how it went. {@code input_sha256} is the whole input file's (a rerun skips on it). */
    static final StructType FILES = new StructType()
            .add("path", DataTypes.StringType, false)
            .add("file", DataTypes.StringType, false)
            .add("sha256", DataTypes.StringType, false)
            .add("input_sha256", DataTypes.StringType, false)
            .add("media_type", DataTypes.StringType, true)
            .add("status", DataTypes.StringType, false)
            .add("reason", DataTypes.StringType, true)
            .add("input_millis", DataTypes.LongType, false);

    /** The long table: one row per canonical value of the report's layout (null where the report has none). */
    static final StructType VALUES = new StructType()
            .add("path", DataTypes.StringType, false)
            .add("file", DataTypes.StringType, false)
            .add("sha256", DataTypes.StringType, false)
            .add("section", DataTypes.StringType, false)
            .add("row", DataTypes.StringType, false)
            .add("column", DataTypes.StringType, false)
            .add("pointer", DataTypes.StringType, false)
            .add("value", VALUE, true);

    /** One row per finding, as in the JSON (candidates of an ambiguous split are in the JSON only). */
    static final StructType FINDINGS = new StructType()
            .add("path", DataTypes.StringType, false)
            .add("file", DataTypes.StringType, false)
            .add("sha256", DataTypes.StringType, false)
            .add("rule", DataTypes.StringType, false)
            .add("severity", DataTypes.StringType, false)
            .add("pointer", DataTypes.StringType, false)
            .add("message", DataTypes.StringType, false)
            .add("expected", VALUE, true)
            .add("actual", VALUE, true);

    private OutputTables() {
    }

    static Row file(String path, String inputSha256, long millis, Report report) {
        String reason = report.status().id().equals("failed") && !report.findings().isEmpty() ? report.findings().get(0).message() : null;
        return RowFactory.create(path, report.source().file(), report.source().sha256(), inputSha256, report.source().mediaType(),
                report.status().id(), reason, millis);
    }

    /** Like the command line's long table (--csv's -long file): the values of the report's own layout. */
    static List<Row> values(String path, Report report) {
        JsonNode document = ReportJson.toTree(report);
        List<Row> rows = new ArrayList<>();
        for (CanonicalColumns.Column column : CanonicalColumns.all()) {
            JsonNode value = document.at(column.pointer());
            if (value.isMissingNode()) {
                continue; // not in this report's layout (the other template, the other 其他处理 form)
            }
            rows.add(RowFactory.create(path, report.source().file(), report.source().sha256(), column.section(), column.row(),
                    column.column(), column.pointer(), value.isNumber() ? value.decimalValue() : null));
        }
        return rows;
    }

    static List<Row> findings(String path, Report report) {
        List<Row> rows = new ArrayList<>();
        for (Finding f : report.findings()) {
            rows.add(RowFactory.create(path, report.source().file(), report.source().sha256(), f.rule(), f.severity().id(), f.path(),
                    f.message(), f.expected(), f.actual()));
        }
        return rows;
    }
}
