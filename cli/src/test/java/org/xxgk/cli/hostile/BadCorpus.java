package org.xxgk.cli.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.xxgk.cli.Cli;
import org.xxgk.hostile.Bombs;

/**
 * Writes the hostile and broken inputs that are too large to keep in the repository (the small
 * ones are committed in testdata/bad): a 50 MB text file, a 1,000-page PDF, a PDF page of
 * 10,000 tiny cells, a zip bomb, 10,000 nested HTML tables, files with lying names, and the
 * converter's small files that ask for enormous work ({@link Bombs}: a merged region over a
 * whole sheet, millions of rows or shared strings, spans of a thousand columns, nested forms).
 *
 *   java -cp ... org.xxgk.cli.hostile.BadCorpus DIR
 */
public final class BadCorpus {

    private BadCorpus() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]));
    }

    public static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (var committed = Files.list(Cli.testdata("bad"))) {
            for (Path f : committed.filter(p -> p.toString().matches(".*\\.(pdf|docx)")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.write(dir.resolve("zero-bytes.pdf"), new byte[0]);
        byte[] noise = new byte[256 * 1024];
        new Random(42).nextBytes(noise);
        Files.write(dir.resolve("random-bytes.docx"), noise);
        byte[] pdf = Files.readAllBytes(Cli.testdata("office/004.pdf"));
        Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 2));
        byte[] xlsx = Files.readAllBytes(Cli.testdata("office/004.xlsx"));
        Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(xlsx, xlsx.length / 2));
        Files.write(dir.resolve("broken-xref.pdf"), brokenXref(pdf));
        Files.copy(Cli.testdata("office/004.docx"), dir.resolve("really-a-docx.pdf"));
        Files.copy(Cli.testdata("office/004.pdf"), dir.resolve("really-a-pdf.xlsx"));
        Files.copy(Cli.testdata("html/004.html"), dir.resolve("control\u0007chars\u001b.txt"));
        Files.writeString(dir.resolve("nested-tables.html"), "<html><body>" + "<table><tr><td>".repeat(10_000) + "x", StandardCharsets.UTF_8);
        fiftyMegabyteText(dir.resolve("fifty-megabytes.txt"));
        thousandPages(dir.resolve("thousand-pages.pdf"));
        tinyCells(dir.resolve("ten-thousand-cells.pdf"));
        zipBomb(dir.resolve("zip-bomb.docx"));
        Bombs.write(dir);
    }

    /** The cross-reference offsets made wrong, as a bad download or a careless editor leaves them. */
    private static byte[] brokenXref(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.lastIndexOf("startxref");
        return (text.substring(0, at) + "startxref\n999999\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void fiftyMegabyteText(Path file) throws IOException {
        byte[] line = "二、主动公开政府信息情况 规章 | 0 | 0 | 0 | 本年新收政府信息公开申请数量 41 |\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
    }

    private static void thousandPages(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= 1000; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.beginText();
                    s.setFont(font, 12);
                    s.newLineAtOffset(72, 720);
                    s.showText("page " + i);
                    s.endText();
                }
            }
            doc.save(file.toFile());
        }
    }

    /** One page ruled into a 100 x 100 grid with a digit in every cell. */
    private static void tinyCells(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                float size = 5;
                for (int i = 0; i <= 100; i++) {
                    s.moveTo(50, 50 + i * size);
                    s.lineTo(50 + 100 * size, 50 + i * size);
                    s.moveTo(50 + i * size, 50);
                    s.lineTo(50 + i * size, 50 + 100 * size);
                }
                s.stroke();
                s.beginText();
                s.setFont(font, 3);
                for (int r = 0; r < 100; r++) {
                    for (int c = 0; c < 100; c++) {
                        s.setTextMatrix(new org.apache.pdfbox.util.Matrix(1, 0, 0, 1, 51 + c * size, 51 + r * size));
                        s.showText(String.valueOf((r + c) % 10));
                    }
                }
                s.endText();
            }
            doc.save(file.toFile());
        }
    }

    /** A small DOCX whose document part inflates to a gigabyte. */
    private static void zipBomb(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] block = new byte[1024 * 1024];
            Arrays.fill(block, (byte) ' ');
            for (int i = 0; i < 1024; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        Files.write(file, bytes.toByteArray());
    }
}
