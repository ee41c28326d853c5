package org.xxgk.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.Converter;
import org.xxgk.testing.JsonDocs;
import org.xxgk.testing.TestFiles;
import org.xxgk.write.ReportJson;

/**
 * Every value of every real PDF of ../shared/corpus/pdf (skipped without it), and of the PDFs of
 * testdata/office, has a box that holds its printed text,
 * checked against the PDF's own text positions as PDFBox's text stripper gives them (not xxgk's
 * page model): the glyphs standing in the box spell the value's raw text, and each of them lies
 * wholly inside it.
 */
class ProvenanceBoxesTest {

    /** Rounding of coordinates to hundredths, and PDF writers' hairline differences. */
    private static final double SLACK = 0.5;

    /** One glyph as the PDF places it: origin at the page's top left, y downwards, in points. */
    private record Glyph(String text, double left, double top, double right, double baseline) {

        double centerX() {
            return (left + right) / 2;
        }

        double centerY() {
            return (top + baseline) / 2;
        }
    }

    /** The real PDFs of ../shared/corpus/pdf (when it is there) and the PDFs made for testdata/office. */
    static Stream<Path> pdfs() throws IOException {
        List<Path> out = new ArrayList<>();
        Path corpus = TestFiles.repo().resolveSibling("shared").resolve("corpus/pdf");
        for (Path folder : List.of(corpus, TestFiles.testdata("office"))) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(out::add);
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("pdfs")
    void everyValueHasABoxHoldingItsPrintedText(Path pdf) throws IOException {
        byte[] bytes = Files.readAllBytes(pdf);
        JsonNode document = JsonDocs.parse(ReportJson.write(new Converter().convert(bytes, pdf.getFileName().toString()), true));
        List<List<Glyph>> pages = glyphs(bytes);
        JsonNode provenance = document.get("provenance");
        assertTrue(provenance.size() > 100, pdf + ": values read");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) provenance::fields) {
            JsonNode at = entry.getValue();
            assertEquals("pt", at.path("unit").asText(), entry.getKey() + " has a box in points: " + at);
            JsonNode box = at.get("box");
            double x0 = box.get(0).asDouble();
            double y0 = box.get(1).asDouble();
            double x1 = box.get(2).asDouble();
            double y1 = box.get(3).asDouble();
            List<Glyph> inside = pages.get(at.get("page").asInt() - 1).stream()
                    .filter(g -> !g.text().isBlank())
                    .filter(g -> g.centerX() >= x0 && g.centerX() <= x1 && g.centerY() >= y0 && g.centerY() <= y1)
                    .sorted(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::left))
                    .toList();
            String printed = String.join("", inside.stream().map(Glyph::text).toList());
            String raw = at.get("raw").asText().replaceAll("\\s", "");
            if (!printed.equals(raw)) {
                problems.add(entry.getKey() + ": box " + box + " holds «" + printed + "», the value was read from «" + raw + "»");
            }
            for (Glyph g : inside) {
                if (g.left() < x0 - SLACK || g.right() > x1 + SLACK || g.top() < y0 - SLACK || g.baseline() > y1 + SLACK) {
                    problems.add(entry.getKey() + ": glyph " + g + " sticks out of " + box);
                }
            }
        }
        assertFalse(provenance.isEmpty());
        assertTrue(problems.isEmpty(), pdf.getFileName() + ":\n" + String.join("\n", problems));
    }

    /** Each page's glyphs, from PDFBox's text positions in display coordinates (page rotation applied). */
    private static List<List<Glyph>> glyphs(byte[] pdf) throws IOException {
        List<List<Glyph>> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                List<Glyph> page = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        for (TextPosition t : positions) {
                            // Up to the type size above the baseline: some CJK fonts claim glyphs far taller than they are drawn.
                            double height = Math.min(t.getHeightDir(), t.getFontSizeInPt());
                            page.add(new Glyph(t.getUnicode(), t.getXDirAdj(), t.getYDirAdj() - height,
                                    t.getXDirAdj() + t.getWidthDirAdj(), t.getYDirAdj()));
                        }
                    }
                };
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                stripper.getText(document);
                pages.add(page);
            }
        }
        return pages;
    }
}
