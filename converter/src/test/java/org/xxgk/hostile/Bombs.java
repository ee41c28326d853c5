package org.xxgk.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Small files that make a reader do enormous work: one merged region over a whole sheet, form
 * XObjects nested and drawn again and again, spans of a thousand columns on thousands of rows
 * (HTML, Word, OpenDocument), sheets of millions of rows or shared strings. Each is written at test time (none is kept in the
 * repository) and none is a compression bomb, so each reaches the reader it aims at instead of
 * being stopped by the ZIP guards. The converter's tests use them one by one; the command line's
 * hostile corpus writes them all with {@link #write(Path)}.
 */
public final class Bombs {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

    private Bombs() {
    }

    /** Every probe by its file name, in the order {@link #write(Path)} writes them. */
    public static Map<String, Supplier<byte[]>> all() {
        Map<String, Supplier<byte[]>> all = new LinkedHashMap<>();
        all.put("merged-everything.xlsx", Bombs::mergedEverythingXlsx);
        all.put("merged-everything.xls", Bombs::mergedEverythingXls);
        all.put("two-million-rows.xlsx", () -> manyRowsXlsx(2_000_000));
        all.put("five-million-strings.xlsx", () -> sharedStringsXlsx(5_000_000));
        all.put("gridspan-1000.docx", () -> gridSpanDocx(6_000));
        all.put("colspan-100000.html", () -> colspanHtml(3_500));
        all.put("spanned-1000.ods", Bombs::spannedOds);
        all.put("nested-forms.pdf", () -> nestedFormsPdf(28, 3));
        all.put("form-fan-out.pdf", () -> nestedFormsPdf(6, 20));
        return all;
    }

    public static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, Supplier<byte[]>> probe : all().entrySet()) {
            Files.write(dir.resolve(probe.getKey()), probe.getValue().get());
        }
    }

    /**
     * One sheet whose cells A1 and XFD1048576 make the used range the whole sheet, and one merged
     * region A1:XFD1048576 over it: a reader that marks every covered position makes 17 billion
     * of them (or, with columns clipped to 200, 200 million).
     */
    public static byte[] mergedEverythingXlsx() {
        String sheet = "<worksheet xmlns=\"" + MAIN + "\"><dimension ref=\"A1:XFD1048576\"/><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>一、总体情况</t></is></c></row>"
                + "<row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>end</t></is></c></row>"
                + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:XFD1048576\"/></mergeCells></worksheet>";
        return xlsx(out -> out.write(utf8(sheet)), null);
    }

    /** The same in an Excel 97-2003 workbook: one merged region over all 65,536 × 256 cells. */
    public static byte[] mergedEverythingXls() {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Sheet1");
            sheet.createRow(0).createCell(0).setCellValue("一、总体情况");
            sheet.createRow(65_535).createCell(255).setCellValue("end");
            sheet.addMergedRegionUnsafe(new CellRangeAddress(0, 65_535, 0, 255));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sheet of {@code rows} rows, a number in each, its XML streamed straight into the package. */
    public static byte[] manyRowsXlsx(int rows) {
        return xlsx(out -> {
            out.write(utf8("<worksheet xmlns=\"" + MAIN + "\"><sheetData>"));
            StringBuilder chunk = new StringBuilder();
            for (int r = 1; r <= rows; r++) {
                // No cell reference (a cell without one is in the next column): the part stays
                // under the 100 MB POI reads of one package part.
                chunk.append("<row r=\"").append(r).append("\"><c><v>").append(r * 7L % 1000).append("</v></c></row>");
                if (chunk.length() > 1 << 16) {
                    out.write(utf8(chunk.toString()));
                    chunk.setLength(0);
                }
            }
            out.write(utf8(chunk + "</sheetData></worksheet>"));
        }, null);
    }

    /** A workbook whose shared-string table lists {@code count} different strings; its sheet uses the first. */
    public static byte[] sharedStringsXlsx(int count) {
        String sheet = "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>";
        return xlsx(out -> out.write(utf8(sheet)), out -> {
            out.write(utf8("<sst xmlns=\"" + MAIN + "\" count=\"" + count + "\" uniqueCount=\"" + count + "\">"));
            StringBuilder chunk = new StringBuilder();
            for (int i = 0; i < count; i++) {
                // Different strings, so that the part does not compress like a bomb, and short
                // ones, so that it stays under the 100 MB POI reads of one package part.
                chunk.append("<si><t>").append(base62(i)).append("</t></si>");
                if (chunk.length() > 1 << 16) {
                    out.write(utf8(chunk.toString()));
                    chunk.setLength(0);
                }
            }
            out.write(utf8(chunk + "</sst>"));
        });
    }

    /**
     * A Word table 1,000 grid columns wide (its first row holds 1,000 cells, so no clipping to
     * the table's extent can narrow it) followed by {@code rows} rows of one cell with
     * gridSpan=1000: a grid of {@code rows} million positions from a file of well under a megabyte.
     */
    public static byte[] gridSpanDocx(int rows) {
        StringBuilder xml = new StringBuilder("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p><w:tbl><w:tblGrid>");
        xml.append("<w:gridCol w:w=\"10\"/>".repeat(1000)).append("</w:tblGrid><w:tr>");
        for (int c = 0; c < 1000; c++) {
            xml.append("<w:tc><w:p><w:r><w:t>").append(c).append("</w:t></w:r></w:p></w:tc>");
        }
        xml.append("</w:tr>");
        for (int r = 0; r < rows; r++) {
            xml.append("<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"1000\"/></w:tcPr><w:p><w:r><w:t>")
                    .append(Integer.toString(r * 7919 + 13, 36)).append("</w:t></w:r></w:p></w:tc></w:tr>");
        }
        xml.append("</w:tbl></w:body></w:document>");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<Relationships xmlns=\"" + PKG_REL + "\"><Relationship Id=\"rId1\" Type=\"" + REL
                    + "/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            entry(zip, "word/document.xml", xml.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A web page table whose first row holds 1,000 cells, then {@code rows} rows of one cell with
     * colspan=100000 (HTML caps it at 1,000): a thousand grid positions for every row.
     */
    public static byte[] colspanHtml(int rows) {
        StringBuilder html = new StringBuilder("<html><body><p>一、总体情况</p><table><tr>");
        for (int c = 0; c < 1000; c++) {
            html.append("<td>").append(c).append("</td>");
        }
        html.append("</tr>\n");
        for (int r = 0; r < rows; r++) {
            html.append("<tr><td colspan=\"100000\">").append(r).append("</td></tr>\n");
        }
        return utf8(html.append("</table></body></html>").toString());
    }

    /**
     * An OpenDocument sheet whose first row is 1,000 cells (one cell repeated), then one row of a
     * cell spanning 1,000 columns repeated 1,000 times: two thousand cells read, a million positions.
     */
    public static byte[] spannedOds() {
        String content = "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:spreadsheet><table:table table:name=\"Sheet1\">"
                + "<table:table-row><table:table-cell office:value-type=\"float\" office:value=\"1\""
                + " table:number-columns-repeated=\"1000\"><text:p>1</text:p></table:table-cell></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"1000\"><table:table-cell table:number-columns-spanned=\"1000\">"
                + "<text:p>7</text:p></table:table-cell></table:table-row>"
                + "</table:table></office:spreadsheet></office:body></office:document-content>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = utf8("application/vnd.oasis.opendocument.spreadsheet");
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            entry(zip, "META-INF/manifest.xml", "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>");
            entry(zip, "content.xml", content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A one-page PDF whose page draws form XObject 1, which draws form 2 {@code fanOut} times,
     * and so on {@code depth} levels deep; the last draws a line. Drawing the page means
     * fanOut^depth lines (28 levels of 3: 2 × 10^13) from a file of a few kilobytes.
     */
    public static byte[] nestedFormsPdf(int depth, int fanOut) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFormXObject next = form(document, "0 0 m 10 10 l S\n", null);
            for (int level = depth - 1; level >= 1; level--) {
                next = form(document, "q /X Do Q\n".repeat(fanOut), next);
            }
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("X"), next);
            page.setResources(resources);
            PDStream content = new PDStream(document);
            try (OutputStream out = content.createOutputStream()) {
                out.write("/X Do\n".getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(content);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDFormXObject form(PDDocument document, String content, PDFormXObject inner) throws IOException {
        PDFormXObject form = new PDFormXObject(document);
        form.setBBox(new PDRectangle(0, 0, 100, 100));
        try (OutputStream out = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
            out.write(content.getBytes(StandardCharsets.US_ASCII));
        }
        if (inner != null) {
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("X"), inner);
            form.setResources(resources);
        }
        return form;
    }

    /** {@code n} in digits and letters of both cases: five million in four characters. */
    private static String base62(int n) {
        String digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        StringBuilder out = new StringBuilder();
        do {
            out.append(digits.charAt(n % 62));
            n /= 62;
        } while (n > 0);
        return out.reverse().toString();
    }

    /** A part of a package, written as it is produced. */
    private interface PartWriter {
        void write(OutputStream out) throws IOException;
    }

    /** A minimal workbook of one sheet, with a shared-string table if {@code sharedStrings} writes one. */
    private static byte[] xlsx(PartWriter sheet, PartWriter sharedStrings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + (sharedStrings == null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd."
                    + "openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                    + "</Types>");
            entry(zip, "_rels/.rels", "<Relationships xmlns=\"" + PKG_REL + "\"><Relationship Id=\"rId1\" Type=\"" + REL
                    + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>"
                    + "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + PKG_REL + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + (sharedStrings == null ? "" : "<Relationship Id=\"rId2\" Type=\"" + REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            sheet.write(zip);
            zip.closeEntry();
            if (sharedStrings != null) {
                zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
                sharedStrings.write(zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(utf8(content));
        zip.closeEntry();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
