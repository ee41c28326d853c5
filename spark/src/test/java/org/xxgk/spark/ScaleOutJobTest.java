package org.xxgk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.write.CanonicalColumns;

/**
 * The job in local mode on two cores, against the real command line on the same files: every
 * JSON line is the document {@code xxgk convert} prints, byte for byte without the whitespace
 * between tokens; the values, findings and files tables say what the lines say; hostile and
 * corrupt files are failed rows of a job that finishes; a rerun converts only what is new.
 */
class ScaleOutJobTest {

    /** Every testdata folder of documents but scans/ (OCR: minutes a page) and bad/ (the failure test's). */
    private static final List<String> FOLDERS = List.of("office", "pdf", "html", "markdown", "runtogether", "rtf", "mht", "encoding",
            "odf", "ofd", "streamed", "damaged", "splitlabel", "columns", "zip");
    /** OCR off on both sides (no Tesseract timing in the test); a limit no conversion comes near on a busy machine. */
    private static final List<String> OPTIONS = List.of("--ocr", "off", "--timeout", "10m");
    /** A few files need no more partitions than cores (each partition is a task in every stage). */
    private static final List<String> FEW = List.of("--partitions", "2");
    private static final ObjectMapper JSON = new ObjectMapper().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    static Path scratch;
    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("xxgk-spark-test")
                .config("spark.ui.enabled", false)
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", 2)
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void everyJsonLineIsWhatTheCommandLinePrintsForTheSameFile() throws Exception {
        List<Path> files = testdataDocuments();
        Path out = scratch.resolve("testdata-out");
        ScaleOutJob.Result result = run(OPTIONS, files, out);

        List<String> lines = reportLines(out, result.runId());
        List<String> printed = CommandLine.convert(OPTIONS, files, scratch);
        assertEquals(byFileAndHash(printed), byFileAndHash(lines));
        assertTrue(lines.size() > files.size(), "the archives' reports are lines of their own");
        assertEquals(lines.size(), result.reportsByStatus().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(0, result.skippedFiles());
        assertTablesSayWhatTheLinesSay(out, result.runId(), lines);
    }

    @Test
    void hostileAndCorruptFilesAreFailedRowsOfAJobThatFinishes() throws Exception {
        Path corrupt = scratch.resolve("corrupt.pdf");
        byte[] noise = new byte[40_000];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (i * 7919 >>> 3);
        }
        Files.write(corrupt, concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), noise));
        Path good = testdata("office/004.docx");
        Path added = testdata("office/004.pdf");
        List<Path> files = List.of(testdata("bad/billion-laughs.docx"), testdata("zip/hostile/bomb.zip"), corrupt, good);
        // The command line once for all, the file the rerun adds included.
        Map<String, String> printed = byFileAndHash(CommandLine.convert(List.of(), concat(files, added), scratch));
        Map<String, String> printedAdded = new TreeMap<>(printed);
        printedAdded.keySet().removeIf(report -> !report.startsWith("004.pdf "));
        printed.keySet().removeAll(printedAdded.keySet());
        Path out = scratch.resolve("hostile-out");
        ScaleOutJob.Result first = run(FEW, files, out);

        List<String> lines = reportLines(out, first.runId());
        assertEquals(printed, byFileAndHash(lines));
        Map<String, String> statusByFile = new TreeMap<>();
        for (Row row : table(out, "files", first.runId())) {
            statusByFile.put(row.getAs("file"), row.getAs("status") + " " + row.getAs("reason"));
        }
        String corruptReason = statusByFile.get("corrupt.pdf");
        assertTrue(corruptReason.startsWith("failed ") && corruptReason.length() > "failed ".length() + 4, corruptReason);
        statusByFile.remove("corrupt.pdf");
        assertEquals(Map.of(
                "billion-laughs.docx", "failed 文档中的XML含有外部实体或文档类型声明（DOCTYPE），出于安全考虑拒绝读取",
                "bomb.zip!/zeros.bin", "failed 压缩包解压后的大小异常（疑似压缩炸弹），拒绝读取",
                "004.docx", "ok null"), statusByFile);
        assertEquals(Map.of("failed", 3L, "ok", 1L), first.reportsByStatus());
        assertTablesSayWhatTheLinesSay(out, first.runId(), lines);

        // The same files again, with one more and a glob matching nothing: only the new file is converted.
        List<String> args = new ArrayList<>(FEW);
        concat(files, added).forEach(f -> args.add(f.toString()));
        args.add(scratch.resolve("nothing-here") + "/*.pdf");
        args.add(out.toString());
        ScaleOutJob.Result second = new ScaleOutJob(spark).run(JobOptions.parse(args.toArray(String[]::new)));
        assertEquals(4, second.skippedFiles());
        assertEquals(List.of(scratch.resolve("nothing-here") + "/*.pdf"), second.missingInputs());
        assertEquals(1, printedAdded.size());
        assertEquals(printedAdded, byFileAndHash(reportLines(out, second.runId())));

        // --force converts what is done already.
        ScaleOutJob.Result forced = run(List.of("--force", "--partitions", "1"), List.of(good), out);
        assertEquals(0, forced.skippedFiles());
        assertEquals(Map.of("ok", 1L), forced.reportsByStatus());
    }

    private static ScaleOutJob.Result run(List<String> options, List<Path> files, Path out) throws JobOptions.UsageError {
        List<String> args = new ArrayList<>(options);
        files.forEach(f -> args.add(f.toString()));
        args.add(out.toString());
        return new ScaleOutJob(spark).run(JobOptions.parse(args.toArray(String[]::new)));
    }

    /** The values, findings and files tables against the JSON lines: every value, every finding, every status. */
    private static void assertTablesSayWhatTheLinesSay(Path out, String runId, List<String> lines) throws IOException {
        Map<String, String> values = new TreeMap<>();
        List<String> findings = new ArrayList<>();
        Map<String, String> statuses = new TreeMap<>();
        for (String line : lines) {
            JsonNode d = JSON.readTree(line);
            String report = d.at("/source/file").asText() + " " + d.at("/source/sha256").asText();
            for (CanonicalColumns.Column c : CanonicalColumns.all()) {
                JsonNode value = d.at(c.pointer());
                if (!value.isMissingNode()) {
                    values.put(report + " " + c.pointer() + " " + c.section() + "/" + c.row() + "/" + c.column(),
                            value.isNull() ? "null" : plain(value.decimalValue()));
                }
            }
            for (JsonNode f : d.path("findings")) {
                findings.add(report + " " + f.path("rule").asText() + " " + f.path("severity").asText() + " " + f.path("path").asText()
                        + " " + f.path("message").asText() + " " + (f.path("expected").isNumber() ? plain(f.path("expected").decimalValue()) : "null")
                        + " " + (f.path("actual").isNumber() ? plain(f.path("actual").decimalValue()) : "null"));
            }
            String status = d.path("status").asText();
            statuses.put(report, status + " " + (status.equals("failed") ? d.at("/findings/0/message").asText() : "null"));
        }
        Map<String, String> valueRows = new TreeMap<>();
        for (Row r : table(out, "values", runId)) {
            BigDecimal v = r.getAs("value");
            valueRows.put(r.getAs("file") + " " + r.getAs("sha256") + " " + r.getAs("pointer") + " " + r.getAs("section") + "/"
                    + r.getAs("row") + "/" + r.getAs("column"), v == null ? "null" : plain(v));
        }
        assertEquals(values, valueRows);
        List<String> findingRows = new ArrayList<>();
        for (Row r : table(out, "findings", runId)) {
            BigDecimal expected = r.getAs("expected");
            BigDecimal actual = r.getAs("actual");
            findingRows.add(r.getAs("file") + " " + r.getAs("sha256") + " " + r.getAs("rule") + " " + r.getAs("severity") + " "
                    + r.getAs("pointer") + " " + r.getAs("message") + " " + (expected == null ? "null" : plain(expected)) + " "
                    + (actual == null ? "null" : plain(actual)));
        }
        assertEquals(findings.stream().sorted().toList(), findingRows.stream().sorted().toList());
        Map<String, String> fileRows = new TreeMap<>();
        for (Row r : table(out, "files", runId)) {
            fileRows.put(r.getAs("file") + " " + r.getAs("sha256"), r.getAs("status") + " " + r.getAs("reason"));
        }
        assertEquals(statuses, fileRows);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static List<Row> table(Path out, String kind, String runId) {
        return spark.read().parquet(out.resolve(kind).resolve("run=" + runId).toString()).collectAsList();
    }

    /** The run's JSON Lines, every part file's lines. */
    private static List<String> reportLines(Path out, String runId) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out.resolve("reports").resolve("run=" + runId))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    /** The documents by the report they are of (name and sha256), each once. */
    private static Map<String, String> byFileAndHash(List<String> documents) throws IOException {
        Map<String, String> by = new TreeMap<>();
        for (String document : documents) {
            JsonNode d = JSON.readTree(document);
            String previous = by.put(d.at("/source/file").asText() + " " + d.at("/source/sha256").asText(), document);
            assertNull(previous, "one document for each report");
        }
        return by;
    }

    private static List<Path> testdataDocuments() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : FOLDERS) {
            try (Stream<Path> entries = Files.list(testdata(folder))) {
                entries.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().matches(".*\\.(json|py|sh|java)|NOTES\\.md|README\\.md|pom\\.xml"))
                        .sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static Path testdata(String relative) {
        return Path.of("..", "testdata", relative).toAbsolutePath().normalize();
    }

    private static List<Path> concat(List<Path> files, Path one) {
        List<Path> all = new ArrayList<>(files);
        all.add(one);
        return all;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
