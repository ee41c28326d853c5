package org.xxgk.normalize;

import java.util.ArrayList;
import java.util.List;

/** Whitespace tidying for narrative text: trimmed lines, no empty lines, joined by a line feed. */
public final class Tidy {

    private Tidy() {
    }

    public static String trim(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isSpace(line.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    public static String lines(List<String> lines) {
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            for (String part : line.split("\\R")) {
                String trimmed = trim(part);
                if (!trimmed.isEmpty()) {
                    kept.add(trimmed);
                }
            }
        }
        return kept.isEmpty() ? null : String.join("\n", kept);
    }

    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
    }
}
