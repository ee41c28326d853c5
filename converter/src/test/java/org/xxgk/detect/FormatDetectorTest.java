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

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
