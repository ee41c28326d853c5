package org.xxgk.cli.serve;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Where a PDF itself prints a text: its glyphs' positions as PDFBox reads them (top-left origin, points). */
final class PrintedText {

    private PrintedText() {
    }

    /** Whether {@code text} is printed on page {@code page} with every glyph's centre inside {@code box} (x0, y0, x1, y1). */
    static boolean inside(PDDocument document, int page, String text, double[] box) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition glyph) {
                glyphs.add(glyph);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.writeText(document, new StringWriter());
        for (int start = 0; start + text.length() <= glyphs.size(); start++) {
            boolean found = true;
            for (int i = 0; i < text.length() && found; i++) {
                TextPosition g = glyphs.get(start + i);
                double x = g.getXDirAdj() + g.getWidthDirAdj() / 2;
                double y = g.getYDirAdj() - g.getHeightDir() / 2;
                found = g.getUnicode().equals(String.valueOf(text.charAt(i)))
                        && x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];
            }
            if (found) {
                return true;
            }
        }
        return false;
    }
}
