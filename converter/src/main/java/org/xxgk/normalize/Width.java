package org.xxgk.normalize;

/** Folds full-width ASCII forms (１２３, （）, ：) and the ideographic space to their half-width forms. */
public final class Width {

    private Width() {
    }

    public static String fold(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char folded = c;
            if (c >= '\uFF01' && c <= '\uFF5E') {
                folded = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\u00A0') {
                folded = ' ';
            } else if (c == '．') {
                folded = '.';
            }
            if (folded != c && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(folded);
            }
        }
        return out == null ? text : out.toString();
    }
}
