package org.xxgk.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.xxgk.Converter;
import org.xxgk.Limits;
import org.xxgk.OcrMode;
import org.xxgk.extract.ExtractionException;
import org.xxgk.extract.Extractor;
import org.xxgk.extract.Extractors;
import org.xxgk.extract.odf.OdfExtractor;
import org.xxgk.model.Report;
import org.xxgk.testing.JsonDocs;
import org.xxgk.testing.SchemaCheck;
import org.xxgk.write.ReportJson;

/**
 * Coverage-guided fuzz targets, one per input format. Without JAZZER_FUZZ (-Dtest=FuzzTargets;
 * the regular test run does not pick this class up) they replay the seeds (testdata/, copied in by
 * the build) and every finding kept under src/test/resources/org/xxgk/fuzz/FuzzTargetsInputs,
 * whose expected values FuzzFindingsTest checks. The build fuzzes each target briefly in its own
 * surefire run (see converter/pom.xml), because Jazzer fuzzes one target per JVM; it sets the
 * fuzzing time (fuzz.duration, overriding maxDuration here) and the time one input may take
 * (fuzz.timeout).
 */
class FuzzTargets {

    // OCR off: Tesseract is another program, run with the per-file time limit of the CLI and the
    // server; through the fuzzer, every mutated page that lost its text layer would become a
    // multi-second "slow input" of Tesseract's rather than of our code.
    private static final Converter CONVERTER = new Converter(Limits.DEFAULT, OcrMode.OFF);
    private static final Extractors EXTRACTORS = Extractors.standard(Limits.DEFAULT);

    /** Our own text reader: it may refuse a file, but never throw anything else. */
    @FuzzTest(maxDuration = "20s")
    void text(byte[] input) {
        extractDirectly("text/plain", input);
        convertCleanly(input, "report.txt");
    }

    /** Our own HTML table reader on top of jsoup, under the same rule. */
    @FuzzTest(maxDuration = "20s")
    void html(byte[] input) {
        extractDirectly("text/html", input);
        convertCleanly(input, "report.html");
    }

    /** DOCX through POI: POI's own exceptions on damaged files become a failed report, never escape. */
    @FuzzTest(maxDuration = "20s")
    void docx(byte[] input) {
        convertCleanly(input, "report.docx");
    }

    @FuzzTest(maxDuration = "20s")
    void pdf(byte[] input) {
        convertCleanly(input, "report.pdf");
    }

    /** XLSX through POI (plain and streamed workbooks as seeds). */
    @FuzzTest(maxDuration = "20s")
    void xlsx(byte[] input) {
        convertCleanly(input, "report.xlsx");
    }

    /** Excel 97–2003 through POI's HSSF. */
    @FuzzTest(maxDuration = "20s")
    void xls(byte[] input) {
        convertCleanly(input, "report.xls");
    }

    /** Word 97–2003 through POI's HWPF and our table reader on top of it. */
    @FuzzTest(maxDuration = "20s")
    void doc(byte[] input) {
        convertCleanly(input, "report.doc");
    }

    /** OpenDocument text: our own reader of content.xml, so it may refuse but never throw. */
    @FuzzTest(maxDuration = "20s")
    void odt(byte[] input) {
        extractDirectly(OdfExtractor.TEXT, input);
        convertCleanly(input, "report.odt");
    }

    /** OpenDocument spreadsheets, the same reader in its spreadsheet mode. */
    @FuzzTest(maxDuration = "20s")
    void ods(byte[] input) {
        extractDirectly(OdfExtractor.SPREADSHEET, input);
        convertCleanly(input, "report.ods");
    }

    /** OFD through ofdrw into the shared page model. */
    @FuzzTest(maxDuration = "20s")
    void ofd(byte[] input) {
        convertCleanly(input, "report.ofd");
    }

    /** Markdown: commonmark-java, then our own reader of what converters cut apart. */
    @FuzzTest(maxDuration = "20s")
    void markdown(byte[] input) {
        extractDirectly("text/markdown", input);
        convertCleanly(input, "report.md");
    }

    private static void extractDirectly(String mediaType, byte[] input) {
        Extractor extractor = EXTRACTORS.forMediaType(mediaType).orElseThrow();
        try {
            extractor.extract(input);
        } catch (ExtractionException refused) {
            assertFalse(refused.getMessage().isBlank(), "a refusal says why");
        }
    }

    /** Whatever the bytes: a report that passes the schema, and a failed one says why in Chinese. */
    private static void convertCleanly(byte[] input, String name) {
        Report report = CONVERTER.convert(input, name);
        JsonNode json = JsonDocs.parse(ReportJson.write(report));
        SchemaCheck.assertValid(json);
        if ("failed".equals(json.get("status").asText())) {
            String message = json.at("/findings/0/message").asText();
            assertTrue(message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    () -> "failure message not in Chinese: " + message);
            // The converter turns running out of heap into this failure, which hides it from the
            // fuzzer; but no input here is larger than the largest seed (under 1 MB), so filling a
            // 768 MB heap is a blow-up in a reader, not a large file.
            assertFalse(message.contains("超出了可用内存"), () -> input.length + " bytes exhausted the heap: " + message);
        }
    }
}
