package org.xxgk.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.config.TikaConfig;
import org.junit.jupiter.api.Test;
import org.xxgk.testing.TestFiles;

class FormatDetectorTest {

    /**
     * The detector xxgk uses (Tika's type database alone) answers as {@code new Tika()} did (Tika's
     * whole default configuration): for every file of testdata and of the shared corpus and seeds,
     * by its bytes and with its name, and with a name that says nothing.
     */
    @Test
    void theTypeDatabaseAloneAnswersAsTikasDefaultConfiguration() throws IOException {
        FormatDetector light = new FormatDetector();
        FormatDetector tika = new FormatDetector(TikaConfig.getDefaultConfig().getDetector());
        List<Path> files = new ArrayList<>(files(TestFiles.testdata("")));
        Path shared = TestFiles.repo().resolveSibling("shared");
        for (String folder : List.of("corpus", "seeds")) {
            if (Files.isDirectory(shared.resolve(folder))) {
                files.addAll(files(shared.resolve(folder)));
            }
        }
        assertTrue(files.size() > 250, "testdata has " + files.size() + " files");
        List<String> types = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            String type = light.detect(bytes, name);
            assertEquals(tika.detect(bytes, name), type, file.toString());
            assertEquals(tika.detect(bytes, "unnamed"), light.detect(bytes, "unnamed"), file.toString());
            types.add(type);
        }
        // The files cover the types xxgk reads, so the comparison is not only of plain text.
        for (String expected : List.of("application/pdf", "text/html", "text/plain", MediaTypes.DOCX, MediaTypes.DOC,
                MediaTypes.XLSX, MediaTypes.XLS, MediaTypes.MHT, MediaTypes.RTF, MediaTypes.OFD, MediaTypes.MARKDOWN, MediaTypes.ZIP)) {
            assertTrue(types.contains(expected), expected);
        }
    }

    /**
     * A file that begins with the PDF signature is detected without Tika's type database; Tika
     * calls every such file a PDF too: every one of testdata, the corpus and the seeds, and
     * signatures followed by what other types' magic looks for further on.
     */
    @Test
    void whatBeginsWithThePdfSignatureTikaCallsAPdf() throws IOException {
        org.apache.tika.detect.Detector tika = TikaConfig.getDefaultConfig().getDetector();
        List<byte[]> contents = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Path shared = TestFiles.repo().resolveSibling("shared");
        List<Path> files = new ArrayList<>(files(TestFiles.testdata("")));
        if (Files.isDirectory(shared.resolve("corpus"))) {
            files.addAll(files(shared.resolve("corpus")));
        }
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            if (FormatDetector.startsWithPdfSignature(bytes)) {
                contents.add(bytes);
                names.add(file.toString());
            }
        }
        assertTrue(contents.size() >= 15, "PDFs among the test files: " + contents.size());
        for (String made : List.of("\uFEFF%PDF-1.4\n1 0 obj\n", "%PDF-1.7\n<?xml version=\"1.0\"?><html><body>", "%PDF-\nPK\u0003\u0004",
                "%PDF-1.4\n%!PS-Adobe-3.0\n<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">", "%PDF-2.0")) {
            contents.add(made.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            names.add(made);
        }
        FormatDetector detector = new FormatDetector();
        for (int i = 0; i < contents.size(); i++) {
            byte[] bytes = contents.get(i);
            assertEquals("application/pdf", tika.detect(org.apache.tika.io.TikaInputStream.get(bytes), new org.apache.tika.metadata.Metadata()).toString(), names.get(i));
            assertEquals(MediaTypes.PDF, detector.detect(bytes, "unnamed"), names.get(i));
        }
        assertTrue(!FormatDetector.startsWithPdfSignature("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertTrue(!FormatDetector.startsWithPdfSignature(" %PDF-1.4".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
