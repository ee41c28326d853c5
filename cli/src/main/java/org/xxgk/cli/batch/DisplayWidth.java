package org.xxgk.cli.batch;

import org.jline.utils.WCWidth;

/**
 * Text measured as a terminal shows it: a Chinese character takes two columns, a combining mark
 * none (jline's wcwidth, already the progress bar's). Padding and cutting by String.length()
 * misaligns tables and makes a line with Chinese wrap.
 */
public final class DisplayWidth {

    private DisplayWidth() {
    }

    public static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += Math.max(0, WCWidth.wcwidth(cp));
            i += Character.charCount(cp);
        }
        return width;
    }

    /** The text followed by spaces up to {@code columns} (unchanged when already as wide). */
    public static String padRight(String text, int columns) {
        int width = of(text);
        return width >= columns ? text : text + " ".repeat(columns - width);
    }

    /** The text cut to at most {@code columns}, its end replaced by … when cut. */
    public static String fit(String text, int columns) {
        if (of(text) <= columns) {
            return text;
        }
        if (columns <= 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = Math.max(0, WCWidth.wcwidth(cp));
            if (width + w > columns - 1) {
                break;
            }
            out.appendCodePoint(cp);
            width += w;
            i += Character.charCount(cp);
        }
        return out.append('…').toString();
    }
}
