package org.xxgk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.xxgk.extract.Extractor;
import org.xxgk.extract.html.HtmlExtractor;
import org.xxgk.extract.odf.OdfExtractor;
import org.xxgk.extract.pdf.PdfExtractor;
import org.xxgk.extract.sheet.SpreadsheetExtractor;
import org.xxgk.extract.word.DocxExtractor;
import org.xxgk.hostile.Bombs;
import org.xxgk.testing.JsonDocs;
import org.xxgk.testing.SchemaCheck;
import org.xxgk.testing.TestFiles;
import org.xxgk.write.ReportJson;

/**
 * Files that ask a reader for enormous work (see {@link Bombs}) fail with a message naming the
 * limit, and the reader stops when the limit is crossed: the count it stopped at is one past the
 * limit, not the millions the file asks for. Reports with real merged cells and spans, and the
 * same with spans reaching far past their tables, read as before.
 */
class ReadLimitsTest {

    private static final String CELLS = "表格单元格数量超过上限（50000个），不像是一份年度报告";
    private static final int MAX_CELLS = Limits.DEFAULT.maxCells();

    private static JsonNode convert(byte[] bytes, String name) {
        JsonNode doc = JsonDocs.parse(ReportJson.write(new Converter(Limits.DEFAULT, OcrMode.OFF).convert(bytes, name)));
        SchemaCheck.assertValid(doc);
        return doc;
    }

    private static void assertFailed(byte[] bytes, String name, String message) {
        JsonNode doc = convert(bytes, name);
        assertEquals("failed", doc.get("status").asText());
        assertEquals(1, doc.get("findings").size());
        assertEquals("unreadable", doc.at("/findings/0/rule").asText());
        assertEquals(message, doc.at("/findings/0/message").asText());
    }

    /** The count the extractor had reached when it stopped. */
    private static long stoppedAt(Extractor extractor, byte[] bytes) {
        return assertThrows(LimitExceeded.class, () -> extractor.extract(bytes)).count();
    }

    @Test
    void textLargerThanAnyReportIsRefusedBeforeItIsDecoded() {
        byte[] line = "规章 | 0 | 0 | 0 |\n".getBytes(StandardCharsets.UTF_8);
        byte[] text = new byte[17 * 1024 * 1024];
        for (int i = 0; i < text.length; i++) {
            text[i] = line[i % line.length];
        }
        String message = "文本文件超过16MB的上限（该文件17MB），不像是一份年度报告";
        assertFailed(text, "seventeen-megabytes.txt", message);
        assertFailed(text, "seventeen-megabytes.md", message);
        assertEquals(text.length, stoppedAt(new org.xxgk.extract.text.TextDumpExtractor(), text));
    }

    @Test
    void colspanOfAHundredThousand() {
        byte[] html = Bombs.colspanHtml(3_500);
        assertFailed(html, "colspan-100000.html", CELLS);
        assertEquals(MAX_CELLS + 1, stoppedAt(new HtmlExtractor(MAX_CELLS), html));
    }

    @Test
    void gridSpanOfAThousand() {
        byte[] docx = Bombs.gridSpanDocx(6_000);
        assertFailed(docx, "gridspan-1000.docx", CELLS);
        assertEquals(MAX_CELLS + 1, stoppedAt(new DocxExtractor(MAX_CELLS), docx));
    }

    @Test
    void openDocumentSpansOfAThousand() {
        byte[] ods = Bombs.spannedOds();
        assertFailed(ods, "spanned-1000.ods", CELLS);
        assertEquals(MAX_CELLS + 1, stoppedAt(new OdfExtractor(MAX_CELLS), ods));
    }

    /** The region is measured, clipped to the 200 columns read, before any position it covers is marked. */
    @Test
    void oneMergedRegionOverAWholeXlsxSheet() {
        byte[] xlsx = Bombs.mergedEverythingXlsx();
        assertFailed(xlsx, "merged-everything.xlsx", CELLS);
        assertEquals(1_048_576L * 200, stoppedAt(new SpreadsheetExtractor(MAX_CELLS), xlsx));
    }

    @Test
    void oneMergedRegionOverAWholeXlsSheet() {
        byte[] xls = Bombs.mergedEverythingXls();
        assertFailed(xls, "merged-everything.xls", CELLS);
        assertEquals(65_536L * 200, stoppedAt(new SpreadsheetExtractor(MAX_CELLS), xls));
    }

    @Test
    void twoMillionRowsStopAtTheRowLimit() {
        byte[] xlsx = Bombs.manyRowsXlsx(2_000_000);
        assertFailed(xlsx, "two-million-rows.xlsx", "工作表「Sheet1」的行数超过上限（50000行），不像是一份年度报告");
        assertEquals(MAX_CELLS + 1, stoppedAt(new SpreadsheetExtractor(MAX_CELLS), xlsx));
    }

    @Test
    void fiveMillionSharedStringsStopAtTheLimit() {
        byte[] xlsx = Bombs.sharedStringsXlsx(5_000_000);
        assertFailed(xlsx, "five-million-strings.xlsx", "电子表格中的文字条目超过上限（50000条），不像是一份年度报告");
        assertEquals(MAX_CELLS + 1, stoppedAt(new SpreadsheetExtractor(MAX_CELLS), xlsx));
    }

    /** 28 levels of forms, each drawing the next three times: refused on entering the 13th. */
    @Test
    void formsNestedTwentyEightDeep() {
        byte[] pdf = Bombs.nestedFormsPdf(28, 3);
        assertFailed(pdf, "nested-forms.pdf", "PDF第1页的表单（Form XObject）嵌套超过12层，不是可读取的报告");
        assertEquals(13, stoppedAt(new PdfExtractor(500), pdf));
    }

    /** Six levels, each drawing the next twenty times (64 million lines): stopped at the operator limit. */
    @Test
    void formsFanningOutStopAtTheOperatorLimit() {
        byte[] pdf = Bombs.nestedFormsPdf(6, 20);
        assertFailed(pdf, "form-fan-out.pdf", "PDF第1页的绘图指令超过上限（200000条），不像是一份年度报告");
        assertEquals(200_001, stoppedAt(new PdfExtractor(500), pdf));
    }

    /** Spans of the real report set to 100000 where they reach the table's right edge: clipped back, the same report. */
    @Test
    void htmlSpansPastTheTableReadAsBefore() throws IOException {
        String page = Files.readString(TestFiles.testdata("html/004.html"), StandardCharsets.UTF_8);
        String inflated = page.replace("colspan=\"4\"", "colspan=\"100000\"").replace("colspan=\"7\"", "colspan=\"100000\"")
                .replace("colspan=\"10\"", "colspan=\"100000\"");
        assertTrue(!inflated.equals(page), "the page has such spans");
        assertSameReport(JsonDocs.read(TestFiles.testdata("html/004.expected.json")),
                convert(inflated.getBytes(StandardCharsets.UTF_8), "004.html"));
    }

    /** The real workbook's merged regions stretched to the sheet's last column (XFD): clipped to its used range. */
    @Test
    void xlsxRegionsPastTheUsedRangeReadAsBefore() throws IOException {
        byte[] xlsx = Files.readAllBytes(TestFiles.testdata("office/004.xlsx"));
        byte[] stretched = withPart(xlsx, "xl/worksheets/sheet1.xml", xml -> xml.replaceAll("(<mergeCell ref=\"[A-Z]+\\d+):AA(\\d+)\"", "$1:XFD$2\""));
        assertSameReport(JsonDocs.read(TestFiles.testdata("office/004.xlsx.expected.json")), convert(stretched, "004.xlsx"));
    }

    private static void assertSameReport(JsonNode expected, JsonNode actual) {
        for (String part : new String[] {"/report", "/active_disclosure", "/applications", "/review_litigation", "/narrative",
            "/findings", "/status"}) {
            JsonDocs.assertSameDocument(expected.at(part), actual.at(part));
        }
    }

    private static byte[] withPart(byte[] zip, String name, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean changed = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(name)) {
                    String before = new String(content, StandardCharsets.UTF_8);
                    String after = change.apply(before);
                    changed = !after.equals(before);
                    content = after.getBytes(StandardCharsets.UTF_8);
                }
                copy.putNextEntry(new ZipEntry(e.getName()));
                copy.write(content);
                copy.closeEntry();
            }
        }
        assertTrue(changed, name + " was changed");
        return out.toByteArray();
    }
}
