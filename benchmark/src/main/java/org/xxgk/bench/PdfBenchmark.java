package org.xxgk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
import org.openjdk.jmh.infra.Blackhole;
import org.xxgk.Converter;
import org.xxgk.write.ReportJson;
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import technology.tabula.RectangularTextContainer;
import technology.tabula.Table;
import technology.tabula.extractors.BasicExtractionAlgorithm;
import technology.tabula.extractors.ExtractionAlgorithm;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * Warm time per document: xxgk's whole conversion (detection, extraction, alignment, validation,
 * canonical JSON) beside Tabula's own extraction of the tables of the same pages, reading every
 * cell's text: as its command line decides per page between lattice and stream, and in lattice
 * mode alone.
 *
 * <pre>
 *   mvn -q -DskipTests package -pl benchmark -am
 *   java -jar benchmark/target/benchmarks.jar -p file=../shared/corpus/pdf/huaian-2024.pdf,../shared/corpus/pdf/hongze-2023.pdf
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class PdfBenchmark {

    @Param({"../shared/corpus/pdf/huaian-2024.pdf"})
    public String file;

    private byte[] content;
    private String name;
    private Converter converter;

    @Setup
    public void load() throws IOException {
        Path path = Path.of(file);
        content = Files.readAllBytes(path);
        name = path.getFileName().toString();
        converter = new Converter();
    }

    @Benchmark
    public String xxgkConversion() {
        return ReportJson.write(converter.convert(content, name));
    }

    /** Tabula's cheapest extraction: every page read by its ObjectExtractor, lattice mode only. */
    @Benchmark
    public void tabulaLatticeOnly(Blackhole sink) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            ObjectExtractor extractor = new ObjectExtractor(document);
            SpreadsheetExtractionAlgorithm lattice = new SpreadsheetExtractionAlgorithm();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                for (Table table : lattice.extract(extractor.extract(p))) {
                    for (List<RectangularTextContainer> row : table.getRows()) {
                        for (RectangularTextContainer cell : row) {
                            sink.consume(cell.getText());
                        }
                    }
                }
            }
        }
    }

    /** Tabula as its command line works by default: per page, lattice or stream as the page looks. */
    @Benchmark
    public void tabulaExtraction(Blackhole sink) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            ObjectExtractor extractor = new ObjectExtractor(document);
            SpreadsheetExtractionAlgorithm lattice = new SpreadsheetExtractionAlgorithm();
            BasicExtractionAlgorithm stream = new BasicExtractionAlgorithm();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                Page page = extractor.extract(p);
                ExtractionAlgorithm algorithm = lattice.isTabular(page) ? lattice : stream;
                for (Table table : algorithm.extract(page)) {
                    for (List<RectangularTextContainer> row : table.getRows()) {
                        for (RectangularTextContainer cell : row) {
                            sink.consume(cell.getText());
                        }
                    }
                }
            }
        }
    }
}
