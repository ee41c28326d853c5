package org.xxgk.extract.page;

import org.xxgk.grid.Provenance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import technology.tabula.TextElement;

/** Groups glyphs into printed lines by their baselines. */
final class TextLines {

    private TextLines() {
    }

    /** The page's lines outside the tables. */
    static List<TextLine> of(List<TextElement> glyphs, List<TableRegion> tables, Provenance page) {
        List<TextElement> free = new ArrayList<>();
        for (TextElement g : glyphs) {
            double cx = Glyphs.centerX(g);
            double cy = Glyphs.centerY(g);
            if (tables.stream().noneMatch(t -> t.contains(cx, cy))) {
                free.add(g);
            }
        }
        return group(free, page);
    }

    /** Lines of the given glyphs, top to bottom, each left to right. */
    static List<TextLine> group(List<TextElement> glyphs, Provenance page) {
        List<TextLine> out = new ArrayList<>();
        for (List<TextElement> line : byBaseline(glyphs)) {
            TextLine text = join(line, page);
            if (!text.text().isEmpty()) {
                out.add(text);
            }
        }
        return out;
    }

    /** Glyphs sharing a baseline, line by line from the top, each line from the left. */
    static List<List<TextElement>> byBaseline(List<TextElement> glyphs) {
        List<TextElement> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyphs::baseline).thenComparingDouble(TextElement::getX));
        List<List<TextElement>> lines = new ArrayList<>();
        double lineBaseline = Double.NaN;
        for (TextElement g : sorted) {
            boolean sameLine = !lines.isEmpty() && Math.abs(Glyphs.baseline(g) - lineBaseline) < Math.max(1.5, 0.35 * Glyphs.size(g));
            if (sameLine) {
                lines.get(lines.size() - 1).add(g);
            } else {
                lines.add(new ArrayList<>(List.of(g)));
                lineBaseline = Glyphs.baseline(g);
            }
        }
        lines.forEach(line -> line.sort(Comparator.comparingDouble(TextElement::getX)));
        return lines;
    }

    /** The line's text: glyphs in order, a space kept only where the PDF prints one. */
    private static TextLine join(List<TextElement> glyphs, Provenance page) {
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
            top = Math.min(top, Glyphs.baseline(g) - Glyphs.size(g));
            bottom = Math.max(bottom, Glyphs.baseline(g));
            widths.add((double) g.getWidth());
        }
        widths.sort(Double::compare);
        double charWidth = widths.isEmpty() ? 0 : widths.get(widths.size() / 2);
        return new TextLine(text.toString().strip(), left, right, top, bottom, charWidth, page);
    }
}
