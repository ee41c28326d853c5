package org.xxgk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.testing.TestFiles;

/**
 * Reports in the shapes users really have, each against its expected JSON:
 * <ul>
 * <li>Markdown written by real PDF- and HTML-to-Markdown tools and damaged as they damage it
 *     (markdown), text whose table cells ran together (runtogether, with an independent oracle
 *     for the splits), RTF (LibreOffice's, legacy merge words, GBK code page), MHT/MHTML (Word,
 *     Chrome, IE styles, one named .doc), legacy encodings (encoding);</li>
 * <li>OpenDocument text and sheets (odf), OFD written from our PDFs in three styles of text and
 *     rules (ofd), XLSX written by a streaming writer (streamed), PDFs cut short or with a broken
 *     cross-reference (damaged), a table continued on a page that splits its label cell in two
 *     (splitlabel: PDF, DOCX, HTML) and one with a 小计 column the form does not have (columns).</li>
 * </ul>
 */
class FolderConversionTest {

    private static final String[] FOLDERS = {"markdown", "runtogether", "rtf", "mht", "encoding", "odf", "ofd", "streamed",
        "damaged", "splitlabel", "columns"};

    static Stream<String> documents() throws IOException {
        Stream.Builder<String> all = Stream.builder();
        for (String folder : FOLDERS) {
            try (Stream<Path> files = Files.list(TestFiles.testdata(folder))) {
                files.map(p -> folder + "/" + p.getFileName())
                        .filter(n -> !n.endsWith(".json") && Files.exists(TestFiles.testdata(n + ".expected.json")))
                        .sorted()
                        .forEach(all::add);
            }
        }
        return all.build();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void documentConvertsToItsExpectedJson(String name) throws IOException {
        ConversionTestSupport.assertConvertsTo(TestFiles.testdata(name), TestFiles.testdata(name + ".expected.json"));
    }

    @Test
    void everyDocumentIsThere() throws IOException {
        assertEquals(12 + 11 + 7 + 6 + 3 + 6 + 4 + 2 + 5 + 3 + 1, documents().count());
    }

    /** The real Markdown from ../shared/corpus: the table 三 a PDF-to-Markdown tool cut into fragments. */
    @Test
    void sharedMarkdownReport() throws IOException {
        ConversionTestSupport.assertConvertsTo(TestFiles.shared("corpus/text/shanghai-kewei-2024.md"),
                TestFiles.testdata("text/shanghai-kewei-2024.expected.json"));
    }

    /** The same Markdown saved as .txt is still read as Markdown, from its content. */
    @Test
    void sharedMarkdownNamedTxtIsMarkdown() throws IOException {
        byte[] bytes = Files.readAllBytes(TestFiles.shared("corpus/text/shanghai-kewei-2024.md"));
        JsonNode doc = org.xxgk.testing.JsonDocs.parse(org.xxgk.write.ReportJson.write(new Converter().convert(bytes, "年报.txt")));
        JsonNode expected = org.xxgk.testing.JsonDocs.read(TestFiles.testdata("text/shanghai-kewei-2024.expected.json"));
        assertEquals("text/markdown", doc.at("/source/media_type").asText());
        for (String part : new String[] {"/report", "/active_disclosure", "/applications", "/review_litigation", "/narrative", "/findings", "/status"}) {
            org.xxgk.testing.JsonDocs.assertSameDocument(expected.at(part), doc.at(part));
        }
    }
}
