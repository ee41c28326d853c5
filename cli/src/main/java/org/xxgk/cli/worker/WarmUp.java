package org.xxgk.cli.worker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.xxgk.Converter;

/**
 * What a replacement worker converts before it says it is ready: a small page, text dump, PDF,
 * Word file and workbooks made here, so that loading the libraries' classes, PDFBox's scan of the
 * system fonts and the converter's tables happen outside any file's time limit. The worker that
 * writes the workers' class archive converts them too, before it ends, so that the archive holds
 * those classes whatever its own batch converted.
 */
final class WarmUp {

    private WarmUp() {
    }

    static void run(Converter converter) {
        try {
            converter.convert(("<html><body><p>二、主动公开政府信息情况</p><table><tr><td>规章</td><td>0</td></tr>"
                    + "</table></body></html>").getBytes(StandardCharsets.UTF_8), "warm-up.html");
            converter.convert("二、主动公开政府信息情况\n规章 0 0 0\n".getBytes(StandardCharsets.UTF_8), "warm-up.txt");
            converter.convert(pdf(), "warm-up.pdf");
            converter.convert(docx(), "warm-up.docx");
            converter.convert(xlsx(), "warm-up.xlsx");
            converter.convert(xls(), "warm-up.xls");
            FontMappers.instance().getFontBoxFont("SimSun", null);
        } catch (IOException | RuntimeException e) {
            // warming up is an optimisation; a worker that could not still converts
        }
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.addRect(50, 600, 300, 40);
                content.moveTo(200, 600);
                content.lineTo(200, 640);
                content.stroke();
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(60, 615);
                content.showText("2024 0 1 0");
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("二、主动公开政府信息情况");
            document.createTable(2, 2).getRow(1).getCell(1).setText("0");
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xls() throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("规章");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("规章");
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
