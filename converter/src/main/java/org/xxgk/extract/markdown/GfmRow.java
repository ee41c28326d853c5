package org.xxgk.extract.markdown;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.parser.Parser;

/**
 * The cells of one GFM table row as written: split at unescaped bars, every cell kept (a row with
 * more cells than its header keeps them all), {@code <br>} as a line break, emphasis marks and
 * character references removed.
 */
final class GfmRow {

    private GfmRow() {
    }

    static List<String> cells(String line) {
        String text = line.strip();
        if (text.startsWith("|")) {
            text = text.substring(1);
        }
        if (text.endsWith("|") && !text.endsWith("\\|")) {
            text = text.substring(0, text.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(clean(cell.toString()));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(clean(cell.toString()));
        return cells;
    }

    private static String clean(String cell) {
        String text = cell.replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("\\*\\*|__", "")
                .replaceAll("\\\\([\\\\`*_{}\\[\\]()#+\\-.!])", "$1");
        text = Parser.unescapeEntities(text, false);
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\n")) {
            if (!l.isBlank()) {
                lines.add(l.strip());
            }
        }
        return String.join("\n", lines);
    }
}
