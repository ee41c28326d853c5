package org.xxgk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.testing.TestFiles;

/**
 * PDF, Word and Excel files made by real office software: the HTML reports rendered by
 * LibreOffice to PDF (with and without table lines), DOCX, DOC, XLSX and XLS
 * (testdata/office/make.py), and the Word-authored official template filled with POI
 * (make-template.sh). Each must give exactly the document of its source report.
 */
class OfficeConversionTest {

    static Stream<String> officeFiles() throws IOException {
        try (Stream<Path> files = Files.list(TestFiles.testdata("office"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches(".*\\.(pdf|docx|doc|xlsx|xls)"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("officeFiles")
    void officeFileConvertsToItsSourceReport(String name) throws IOException {
        ConversionTestSupport.assertConvertsTo(TestFiles.testdata("office/" + name), TestFiles.testdata("office/" + name + ".expected.json"));
    }

    @Test
    void everyFormatOfEveryReportIsThere() throws IOException {
        assertEquals(23, officeFiles().count());
    }

    /** Files whose name lies about their type convert as what they are. */
    @Test
    void wrongExtensionsConvertAsWhatTheFilesAre() throws IOException {
        Map<String, String> cases = Map.of(
                "004-really-docx.doc", "office/004.docx.expected.json",
                "000-really-html.doc", "html/000.expected.json",
                "003-really-doc.xls", "office/003.doc.expected.json");
        for (var c : cases.entrySet()) {
            JsonNode doc = ConversionTestSupport.convert(TestFiles.testdata("office/renamed/" + c.getKey()));
            JsonNode expected = org.xxgk.testing.JsonDocs.read(TestFiles.testdata(c.getValue()));
            assertEquals(expected.at("/source/media_type"), doc.at("/source/media_type"), c.getKey());
            for (String part : List.of("/report", "/active_disclosure", "/applications", "/review_litigation", "/narrative", "/findings", "/status")) {
                org.xxgk.testing.JsonDocs.assertSameDocument(expected.at(part), doc.at(part));
            }
        }
    }

    /** The empty official template from ../shared/corpus: every value null, each one reported. */
    @Test
    void emptyOfficialTemplateIsIncompleteWithEveryValueNull() throws IOException {
        JsonNode doc = ConversionTestSupport.convert(TestFiles.shared("corpus/docx/official-template-2021-blank.docx"));
        assertEquals("incomplete", doc.get("status").asText());
        assertEquals("2021", doc.at("/report/template").asText());
        List<String> cells = new ArrayList<>();
        for (String section : List.of("active_disclosure", "applications", "review_litigation")) {
            leaves(doc.get(section), "/" + section, cells);
        }
        assertEquals(10 + 25 * 7 + 15, cells.size());
        List<String> reported = new ArrayList<>();
        for (JsonNode f : doc.get("findings")) {
            assertEquals("missing_value", f.get("rule").asText());
            assertTrue(f.get("message").asText().contains("为空（第"), f.toString());
            reported.add(f.get("path").asText());
        }
        assertEquals(cells, reported, "one missing_value per cell, in canonical order");
        assertEquals("「规章」行「本年制发件数」为空（第1个表格第3行）", doc.at("/findings/0/message").asText());
        assertEquals("「（三）不予公开 / 1.属于国家秘密」行「自然人」列为空（第2个表格第8行）",
                doc.get("findings").get(10 + 4 * 7).get("message").asText());
        assertEquals("「行政诉讼·复议后起诉」的「总计」为空（第3个表格第4行）", doc.at("/findings/199/message").asText());
    }

    private static void leaves(JsonNode node, String path, List<String> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isObject()) {
                leaves(e.getValue(), path + "/" + e.getKey(), out);
            } else {
                assertTrue(e.getValue().isNull(), path + "/" + e.getKey());
                out.add(path + "/" + e.getKey());
            }
        }
    }
}
