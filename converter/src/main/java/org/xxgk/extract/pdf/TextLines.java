package org.xxgk.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import technology.tabula.TextElement;

/** Groups a page's glyphs into printed lines, leaving out the glyphs inside tables. */
final class TextLines {

    private TextLines() {
    }

    static List<TextLine> of(List<TextElement> glyphs, List<TableRegion> tables, int page) {
        List<TextElement> free = new ArrayList<>();
        for (TextElement g : glyphs) {
            double cx = g.getX() + g.getWidth() / 2;
            double cy = g.getY() + g.getHeight() / 2;
            if (tables.stream().noneMatch(t -> t.contains(cx, cy))) {
                free.add(g);
            }
        }
        free.sort(Comparator.comparingDouble((TextElement g) -> g.getY()).thenComparingDouble(TextElement::getX));
        List<List<TextElement>> lines = new ArrayList<>();
        for (TextElement g : free) {
            List<TextElement> line = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (line != null && Math.abs(center(line.get(0)) - center(g)) < Math.max(2, g.getHeight() * 0.6)) {
                line.add(g);
            } else {
                lines.add(new ArrayList<>(List.of(g)));
            }
        }
        List<TextLine> out = new ArrayList<>();
        for (List<TextElement> line : lines) {
            line.sort(Comparator.comparingDouble(TextElement::getX));
            TextLine text = join(line, page);
            if (!text.text().isEmpty()) {
                out.add(text);
            }
        }
        return out;
    }

    private static double center(TextElement g) {
        return g.getY() + g.getHeight() / 2;
    }

    /** The line's text: glyphs in order, a space kept only where the PDF prints one. */
    private static TextLine join(List<TextElement> glyphs, int page) {
        StringBuilder text = new StringBuilder();
        double left = Double.MAX_VALUE;
        double right = 0;
        double top = Double.MAX_VALUE;
        double bottom = 0;
        List<Double> widths = new ArrayList<>();
        for (TextElement g : glyphs) {
            String s = g.getText();
            if (s.isBlank()) {
                if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
                continue;
            }
            text.append(s);
            left = Math.min(left, g.getX());
            right = Math.max(right, g.getX() + g.getWidth());
            top = Math.min(top, g.getY());
            bottom = Math.max(bottom, g.getY() + g.getHeight());
            widths.add((double) g.getWidth());
        }
        widths.sort(Double::compare);
        double charWidth = widths.isEmpty() ? 0 : widths.get(widths.size() / 2);
        return new TextLine(text.toString().strip(), left, right, top, bottom, charWidth, page);
    }
}
