package org.xxgk.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options of {@code xxgk convert}. */
public final class ConvertOptions {

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Report files, folders (searched recursively) or glob patterns such as 'reports/**/*.pdf'. "
                    + "PDF, Word (DOCX/DOC/WPS), Excel (XLSX/XLS), web pages and text dumps; the type is detected from the content.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Write DIR/<name>.json for each input, mirroring the input folders, instead of printing JSON.")
    Path outputDir;

    @Option(names = "--beside", description = "Write <name>.json next to each input file.")
    boolean beside;

    @Option(names = "--jsonl", paramLabel = "FILE", description = "Write every report as one line of FILE (JSON Lines).")
    Path jsonl;

    @Option(names = "--csv", paramLabel = "FILE",
            description = "Write a wide table (one row per report, one column per value) to FILE and a long table "
                    + "(one row per value) to FILE with -long before the extension; UTF-8 with BOM for Excel and WPS.")
    Path csv;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "Write the wide and the long table as two sheets of an Excel workbook.")
    Path xlsx;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Files converted at once (default: the number of processors, ${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timeout", paramLabel = "TIME", converter = DurationConverter.class, defaultValue = "60s",
            description = "Time limit per file, e.g. 60s, 500ms, 2m (default: ${DEFAULT-VALUE}); a file over it is reported failed.")
    Duration timeout = Duration.ofSeconds(60);

    @Option(names = "--ocr", paramLabel = "MODE", converter = OcrModeConverter.class, defaultValue = "auto",
            description = "When pictures are read by OCR (Tesseract): auto (only where a table is a picture, the default), "
                    + "off (never), force (every picture, and every page of a PDF as a picture, ignoring its text).")
    org.xxgk.OcrMode ocr = org.xxgk.OcrMode.AUTO;

    @Option(names = "--force", description = "Convert again even where an output for the same file content already exists.")
    boolean force;

    @Option(names = "--strict", description = "Exit with 1 when any report is inconsistent, incomplete or failed (for checks before publishing and CI).")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "No progress and no summary; only errors on standard error.")
    boolean quiet;

    /** True when something besides standard output receives the results. */
    boolean writesFiles() {
        return outputDir != null || beside || jsonl != null || csv != null || xlsx != null;
    }

    /** Reads auto, off or force. */
    public static final class OcrModeConverter implements CommandLine.ITypeConverter<org.xxgk.OcrMode> {
        @Override
        public org.xxgk.OcrMode convert(String value) {
            try {
                return org.xxgk.OcrMode.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("not auto, off or force: " + value);
            }
        }
    }

    /** Reads 60s, 500ms, 2m, or a plain number of seconds ({@link org.xxgk.TimedConversion#parseLimit}). */
    public static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return org.xxgk.TimedConversion.parseLimit(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
