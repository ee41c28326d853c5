package org.xxgk.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options of {@code xxgk convert}; their descriptions are in Messages*.properties (descriptionKey). */
public final class ConvertOptions {

    @Parameters(arity = "1..*", paramLabel = "FILE",
            descriptionKey = "convert.inputs")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            descriptionKey = "convert.output")
    Path outputDir;

    @Option(names = "--beside", descriptionKey = "convert.beside")
    boolean beside;

    @Option(names = "--jsonl", paramLabel = "FILE", descriptionKey = "convert.jsonl")
    Path jsonl;

    @Option(names = "--csv", paramLabel = "FILE",
            descriptionKey = "convert.csv")
    Path csv;

    @Option(names = "--xlsx", paramLabel = "FILE", descriptionKey = "convert.xlsx")
    Path xlsx;

    @Option(names = "--list-written", paramLabel = "FILE", descriptionKey = "convert.listWritten")
    Path listWritten;

    @Option(names = "--xlsx-layout", descriptionKey = "convert.xlsxLayout")
    boolean xlsxLayout;

    @Option(names = "--audit", paramLabel = "FILE", descriptionKey = "convert.audit")
    Path audit;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", descriptionKey = "convert.jobs")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timeout", paramLabel = "TIME", converter = DurationConverter.class, defaultValue = "60s",
            descriptionKey = "convert.timeout")
    Duration timeout = Duration.ofSeconds(60);

    @Option(names = "--ocr", paramLabel = "MODE", converter = OcrModeConverter.class, defaultValue = "auto",
            descriptionKey = "convert.ocr")
    org.xxgk.OcrMode ocr = org.xxgk.OcrMode.AUTO;

    @Option(names = "--provenance", descriptionKey = "convert.provenance")
    boolean provenance;

    @Option(names = "--force", descriptionKey = "convert.force")
    boolean force;

    @Option(names = "--strict", descriptionKey = "convert.strict")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, descriptionKey = "convert.quiet")
    boolean quiet;

    /**
     * The options of a command line that is exactly {@code convert X}, X being neither an option
     * nor an @-file of arguments: the defaults with X as the input, which is what picocli would
     * make of it, without the tenth of a second of CPU it takes to say so in a fresh JVM (the
     * commonest command; PlainConvertTest holds the two to the same fields).
     */
    static Optional<ConvertOptions> plain(String... args) {
        if (args.length != 2 || !args[0].equals("convert") || args[1].isEmpty()
                || args[1].startsWith("-") || args[1].startsWith("@")) {
            return Optional.empty();
        }
        ConvertOptions options = new ConvertOptions();
        options.inputs = new ArrayList<>(List.of(args[1]));
        return Optional.of(options);
    }

    /** True when something besides standard output receives the results. */
    boolean writesFiles() {
        return outputDir != null || beside || jsonl != null || csv != null || xlsx != null || audit != null;
    }

    /** Reads auto, off or force. */
    public static final class OcrModeConverter implements CommandLine.ITypeConverter<org.xxgk.OcrMode> {
        @Override
        public org.xxgk.OcrMode convert(String value) {
            try {
                return org.xxgk.OcrMode.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UsageErrors.BadValue("value.ocr", value);
            }
        }
    }

    /** Reads 60s, 500ms, 2m, or a plain number of seconds ({@link org.xxgk.TimedConversion#parseLimit}). */
    public static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return org.xxgk.TimedConversion.parseLimit(value);
            } catch (NumberFormatException e) {
                throw new UsageErrors.BadValue("value.notATime", value);
            } catch (IllegalArgumentException e) {
                throw new UsageErrors.BadValue("value.timeNotPositive", value);
            }
        }
    }
}
