package org.xxgk.extract.rtf;

/**
 * Splits RTF into its tokens: group braces, control words with their optional numeric parameter,
 * control symbols ({@code \'hh} with its byte), and runs of plain text. Line breaks in the source
 * carry no meaning and are skipped.
 */
final class RtfTokens {

    enum Type { OPEN, CLOSE, WORD, HEX, SYMBOL, TEXT, END }

    private final byte[] in;
    private int at;

    Type type;
    String word;
    /** The control word's parameter, or the byte of a {@code \'hh}; null when the word has none. */
    Integer parameter;
    /** Plain text as ISO-8859-1 characters (bytes); the reader decodes it with the current code page. */
    final StringBuilder text = new StringBuilder();

    RtfTokens(byte[] in) {
        this.in = in;
    }

    Type next() {
        text.setLength(0);
        word = null;
        parameter = null;
        while (at < in.length) {
            int c = in[at] & 0xFF;
            if (c == '{') {
                at++;
                return type = Type.OPEN;
            }
            if (c == '}') {
                at++;
                return type = Type.CLOSE;
            }
            if (c == '\\') {
                return type = control();
            }
            if (c == '\r' || c == '\n' || c == 0) {
                at++;
                continue;
            }
            while (at < in.length) {
                c = in[at] & 0xFF;
                if (c == '{' || c == '}' || c == '\\') {
                    break;
                }
                if (c != '\r' && c != '\n' && c != 0) {
                    text.append((char) c);
                }
                at++;
            }
            return type = Type.TEXT;
        }
        return type = Type.END;
    }

    private Type control() {
        at++; // the backslash
        if (at >= in.length) {
            return Type.END;
        }
        int c = in[at] & 0xFF;
        if (isLetter(c)) {
            int start = at;
            while (at < in.length && isLetter(in[at] & 0xFF) && at - start < 32) {
                at++;
            }
            word = new String(in, start, at - start, java.nio.charset.StandardCharsets.US_ASCII);
            int numberStart = at;
            if (at < in.length && in[at] == '-') {
                at++;
            }
            while (at < in.length && Character.isDigit(in[at]) && at - numberStart < 10) {
                at++;
            }
            if (at > numberStart && !(at == numberStart + 1 && in[numberStart] == '-')) {
                parameter = Integer.parseInt(new String(in, numberStart, at - numberStart, java.nio.charset.StandardCharsets.US_ASCII));
            }
            if (at < in.length && in[at] == ' ') {
                at++; // the space that ends a control word belongs to it
            }
            return Type.WORD;
        }
        at++;
        if (c == '\'') {
            if (at + 2 <= in.length) {
                try {
                    parameter = Integer.parseInt(new String(in, at, 2, java.nio.charset.StandardCharsets.US_ASCII), 16);
                } catch (NumberFormatException e) {
                    parameter = (int) '?';
                }
                at += 2;
            }
            return Type.HEX;
        }
        if (c == '\r' || c == '\n') {
            word = "par"; // an escaped line break is a paragraph mark
            return Type.WORD;
        }
        word = String.valueOf((char) c);
        return Type.SYMBOL;
    }

    private static boolean isLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
