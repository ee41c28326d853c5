package org.xxgk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.xxgk.Converter;
import org.xxgk.write.ReportJson;

/**
 * Warm time of a whole conversion to canonical JSON, one report in every format xxgk reads
 * (run with {@code -prof gc} for the memory allocated per conversion).
 *
 * <pre>
 *   java -jar benchmark/target/benchmarks.jar FormatBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class FormatBenchmark {

    @Param({
        "../shared/seeds/004_84cc98fa39b35082.txt",
        "testdata/html/004.html",
        "testdata/office/004.docx",
        "testdata/office/004.doc",
        "testdata/office/004.xlsx",
        "testdata/office/004.xls",
        "testdata/office/004.pdf",
        "testdata/office/004-noborder.pdf"})
    public String file;

    private byte[] content;
    private String name;
    private Converter converter;

    @Setup
    public void load() throws IOException {
        content = Files.readAllBytes(Path.of(file));
        name = Path.of(file).getFileName().toString();
        converter = new Converter();
    }

    @Benchmark
    public String convert() {
        return ReportJson.write(converter.convert(content, name));
    }
}
