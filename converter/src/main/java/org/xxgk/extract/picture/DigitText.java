package org.xxgk.extract.picture;

import org.xxgk.normalize.Width;

/**
 * Whether OCR text is a number misread as letters, and which number: the Chinese model reads a 0
 * as O or 〇 and a 1 as l, I or 丨 where nothing tells it the cell holds digits.
 */
final class DigitText {

    /** Each look-alike and the digit it stands for. */
    private static final String[] LOOK_ALIKES = {"0OoQD〇○", "1lI|丨!]", "2Zz", "5Ss", "6bG", "8B"};

    private DigitText() {
    }

    /** The digits the text stands for (separators , and . kept), or null when it is not a number. */
    static String digits(String text) {
        String folded = Width.fold(text).replaceAll("\\s", "");
        if (folded.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        boolean realDigit = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            char alike = lookAlike(c);
            if (c >= '0' && c <= '9') {
                out.append(c);
                realDigit = true;
            } else if (alike != 0) {
                out.append(alike);
            } else if (c == ',' || c == '.') {
                out.append(c);
            } else {
                return null;
            }
        }
        // Look-alike letters alone make a number only when short (O, l, 1l); separators alone never do.
        String digits = out.toString().replaceAll("[,.]", "");
        return digits.isEmpty() ? null : realDigit || digits.length() <= 2 ? out.toString() : null;
    }

    private static char lookAlike(char c) {
        for (String group : LOOK_ALIKES) {
            if (group.indexOf(c, 1) > 0) {
                return group.charAt(0);
            }
        }
        return 0;
    }
}
