package org.xxgk.extract.text;

import java.util.ArrayList;
import java.util.List;

/** A line of a text dump with its 1-based line number. */
record Line(String text, int number) {

    static List<Line> split(String content) {
        String[] parts = content.split("\\R", -1);
        List<Line> lines = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            lines.add(new Line(parts[i], i + 1));
        }
        return lines;
    }

    boolean isBlank() {
        return org.xxgk.normalize.Tidy.trim(text).isEmpty();
    }

    String trimmed() {
        return org.xxgk.normalize.Tidy.trim(text);
    }
}
