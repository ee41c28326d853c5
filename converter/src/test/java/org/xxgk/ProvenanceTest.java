package org.xxgk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xxgk.model.Report;
import org.xxgk.testing.JsonDocs;
import org.xxgk.testing.SchemaCheck;
import org.xxgk.testing.TestFiles;
import org.xxgk.write.ReportJson;

/**
 * Provenance for one document of every format: the members each kind of source gives, an entry
 * for exactly the non-null values in document order, the rest of the document unchanged, and
 * concrete places checked by hand in the sources (Word XML grid columns, worksheet cells, the
 * text's lines, pdftotext's word boxes, the scan's pixels).
 */
class ProvenanceTest {

    private static final Converter CONVERTER = new Converter();

    /** The document with provenance, checked against the schema and against the one without it. */
    private static JsonNode withProvenance(Converter converter, String file) throws IOException {
        Path input = TestFiles.testdata(file);
        Report report = converter.convert(Files.readAllBytes(input), input.getFileName().toString());
        String plain = ReportJson.write(report);
        assertEquals(plain, ReportJson.write(report, false), "without the option nothing changes");
        assertFalse(JsonDocs.parse(plain).has("provenance"));
        String text = ReportJson.write(report, true);
        JsonNode document = JsonDocs.parse(text);
        SchemaCheck.assertValid(document);
        // Between findings and status, and nothing else differs, byte for byte.
        List<String> keys = new ArrayList<>();
        document.fieldNames().forEachRemaining(keys::add);
        assertEquals(keys.indexOf("findings") + 1, keys.indexOf("provenance"));
        assertEquals(keys.indexOf("provenance") + 1, keys.indexOf("status"));
        assertEquals(plain, text.replaceFirst("(?s)\n  \"provenance\": \\{.*?\n  \\},\n  \"status\"", "\n  \"status\""));
        assertEquals(nonNullValues(document), keysOf(document.get("provenance")), "one entry per non-null value, in document order");
        return document;
    }

    /** JSON Pointers of every number in the three tables, in document order. */
    private static List<String> nonNullValues(JsonNode document) {
        List<String> out = new ArrayList<>();
        for (String table : List.of("active_disclosure", "applications", "review_litigation")) {
            collect("/" + table, document.get(table), out);
        }
        return out;
    }

    private static void collect(String path, JsonNode node, List<String> out) {
        if (node.isNumber()) {
            out.add(path);
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> collect(path + "/" + e.getKey(), e.getValue(), out));
        }
    }

    private static List<String> keysOf(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** Every entry of the document has exactly these members (ocr_confidence aside, checked by the caller). */
    private static void assertMembers(JsonNode document, String... members) {
        Set<String> wanted = new TreeSet<>(List.of(members));
        wanted.add("raw");
        Iterator<java.util.Map.Entry<String, JsonNode>> entries = document.get("provenance").fields();
        assertTrue(entries.hasNext(), "values were read");
        while (entries.hasNext()) {
            var entry = entries.next();
            Set<String> got = new TreeSet<>(keysOf(entry.getValue()));
            got.remove("ocr_confidence");
            assertEquals(wanted, got, entry.getKey());
            assertFalse(entry.getValue().get("raw").asText().isBlank(), entry.getKey());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // Ruled tables: the cell's rectangle, which holds pdftotext's box of the word (244.5,391.6–274.5,407.2 on page 2).
        "office/004.pdf | /active_disclosure/licensing/decisions | {\"page\":2,\"box\":[145.3,388.75,373.95,429.87],\"unit\":\"pt\",\"raw\":\"28364\"}",
        "office/004.pdf | /applications/new_received/natural_person | {\"page\":3,\"box\":[316.01,136.45,355.68,177.55],\"unit\":\"pt\",\"raw\":\"３４\"}",
        // The same report as OFD, drawn at the same places.
        "ofd/004.ofd | /active_disclosure/licensing/decisions | {\"page\":2,\"box\":[145.3,388.75,373.95,429.87],\"unit\":\"pt\",\"raw\":\"28364\"}",
        // No rules: the run of text (pdftotext: 236.3,372.4–266.3,388.0).
        "office/004-noborder.pdf | /active_disclosure/licensing/decisions | {\"page\":2,\"box\":[236.3,371.5,266.3,388.3],\"unit\":\"pt\",\"raw\":\"28364\"}",
        // Word's own grid: row 4 of table 2 starts with a cell spanning grid columns 1–3, so the first number is in column 4.
        "office/004.docx | /applications/new_received/natural_person | {\"table\":2,\"row\":4,\"col\":4,\"raw\":\"３４\"}",
        "office/004.docx | /review_litigation/litigation_after_review/total | {\"table\":3,\"row\":4,\"col\":15,\"raw\":\"0\"}",
        "office/004.doc | /applications/new_received/natural_person | {\"table\":2,\"row\":4,\"col\":4,\"raw\":\"３４\"}",
        "rtf/004.rtf | /applications/new_received/natural_person | {\"table\":2,\"row\":4,\"col\":4,\"raw\":\"３４\"}",
        "odf/004.odt | /applications/new_received/natural_person | {\"table\":2,\"row\":4,\"col\":4,\"raw\":\"３４\"}",
        // HTML: the 7th <tr> of the first table (行政许可 | 28364 colspan=3).
        "html/004.html | /active_disclosure/licensing/decisions | {\"table\":1,\"row\":7,\"col\":2,\"raw\":\"28364\"}",
        "mht/004-ie-base64.mht | /active_disclosure/licensing/decisions | {\"table\":1,\"row\":7,\"col\":2,\"raw\":\"28364\"}",
        // Worksheets: xl/worksheets/sheet1.xml has 28364 in G18 and ３４ in I31.
        "office/004.xlsx | /active_disclosure/licensing/decisions | {\"sheet\":\"Sheet1\",\"cell\":\"G18\",\"raw\":\"28364\"}",
        "office/004.xlsx | /applications/new_received/natural_person | {\"sheet\":\"Sheet1\",\"cell\":\"I31\",\"raw\":\"３４\"}",
        "office/004.xls | /review_litigation/litigation_after_review/total | {\"sheet\":\"Sheet1\",\"cell\":\"Z61\",\"raw\":\"0\"}",
        "odf/004.ods | /applications/new_received/natural_person | {\"sheet\":\"Sheet1\",\"cell\":\"I31\",\"raw\":\"３４\"}",
        // Text: line 17 is 行政许可28364; line 29 the row of 本年新收, split from digits run together.
        "runtogether/004-spaced.txt | /active_disclosure/licensing/decisions | {\"line\":17,\"raw\":\"28364\"}",
        "runtogether/004-spaced.txt | /applications/new_received/total | {\"line\":29,\"raw\":\"34 0 0 0 0 034\"}",
        // Markdown: line 25 is the HTML table of section 二, line 29 the GFM row of 本年新收.
        "markdown/004.turndown.md | /active_disclosure/licensing/decisions | {\"line\":25,\"raw\":\"28364\"}",
        "markdown/004.turndown.md | /applications/new_received/natural_person | {\"line\":29,\"raw\":\"３４\"}",
    })
    void aValueSaysWhereItWasRead(String file, String pointer, String expected) throws IOException {
        JsonNode document = withProvenance(CONVERTER, file);
        assertEquals(JsonDocs.parse(expected), document.get("provenance").get(pointer), file + " " + pointer);
    }

    @Test
    void fixedLayoutPagesGivePageAndBoxInPoints() throws IOException {
        for (String file : List.of("office/004.pdf", "office/004-noborder.pdf", "ofd/004.ofd")) {
            JsonNode document = withProvenance(CONVERTER, file);
            assertMembers(document, "page", "box", "unit");
            document.get("provenance").forEach(p -> {
                assertEquals("pt", p.get("unit").asText());
                JsonNode box = p.get("box");
                assertTrue(box.get(0).asDouble() < box.get(2).asDouble() && box.get(1).asDouble() < box.get(3).asDouble(), p.toString());
                assertTrue(box.get(2).asDouble() <= 595.3 && box.get(3).asDouble() <= 842, "on an A4 page: " + p);
                assertFalse(p.has("ocr_confidence"));
            });
        }
    }

    @Test
    void tablesOfDocumentsGiveTableRowAndColumn() throws IOException {
        for (String file : List.of("office/004.docx", "office/004.doc", "html/004.html", "mht/004-ie-base64.mht", "odf/004.odt",
                "rtf/004.rtf")) {
            assertMembers(withProvenance(CONVERTER, file), "table", "row", "col");
        }
    }

    @Test
    void worksheetsGiveSheetAndCell() throws IOException {
        for (String file : List.of("office/004.xlsx", "office/004.xls", "odf/004.ods")) {
            assertMembers(withProvenance(CONVERTER, file), "sheet", "cell");
        }
    }

    @Test
    void textAndMarkdownGiveTheLine() throws IOException {
        for (String file : List.of("runtogether/004-spaced.txt", "markdown/004.turndown.md", "encoding/004-turndown-gb18030.txt")) {
            assertMembers(withProvenance(CONVERTER, file), "line");
        }
    }

    /**
     * A scan: pixels of the picture as stored, with the OCR confidence. The 规章 row of 003-page.jpg
     * (1984×5845) has its 本年新制作数量 cell between x 887 and 1161 and y 1584 and 1624, as seen
     * on the picture itself.
     */
    @Test
    void picturesGivePageAndBoxInPixelsWithTheOcrConfidence() throws IOException {
        assumeTrue(Converter.installedTesseract().install() != null, "OCR test skipped: " + Converter.installedTesseract().problem());
        JsonNode document = withProvenance(CONVERTER, "scans/003-page.jpg");
        assertMembers(document, "page", "box", "unit");
        document.get("provenance").forEach(p -> {
            assertEquals("px", p.get("unit").asText());
            assertEquals(1, p.get("page").asInt());
            double confidence = p.get("ocr_confidence").asDouble();
            assertTrue(confidence > 0 && confidence <= 1, p.toString());
            JsonNode box = p.get("box");
            assertTrue(box.get(0).asDouble() >= 0 && box.get(2).asDouble() <= 1984 && box.get(3).asDouble() <= 5845, p.toString());
        });
        JsonNode made = document.get("provenance").get("/active_disclosure/regulations/made");
        assertEquals(JsonDocs.parse("[887,1584,1161,1624]"), made.get("box"));
        assertEquals("0", made.get("raw").asText());
        assertTrue(made.get("ocr_confidence").asDouble() >= 0.8, made.toString());
    }
}
