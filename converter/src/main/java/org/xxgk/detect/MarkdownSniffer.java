package org.xxgk.detect;

import java.util.regex.Pattern;

/**
 * Tells Markdown from other plain text by what converters write: a GFM table's delimiter row
 * under a row of cells, ATX headings, or raw HTML table blocks. Text dumps of report pages (whose
 * cells may end or start with a bar) have none of these.
 */
final class MarkdownSniffer {

    private static final int SAMPLE = 256 * 1024;
    private static final Pattern DELIMITER_ROW = Pattern.compile("(?m)^ {0,3}\\|?[ \\t]*:?-+:?[ \\t]*(\\|[ \\t]*:?-+:?[ \\t]*)+\\|?[ \\t]*$");
    private static final Pattern HEADING = Pattern.compile("(?m)^ {0,3}#{1,6}[ \\t]+\\S");
    private static final Pattern TABLE_BLOCK = Pattern.compile("(?mi)^ {0,3}<table[\\s>]");

    private MarkdownSniffer() {
    }

    static boolean looksLikeMarkdown(byte[] content) {
        byte[] head = content.length <= SAMPLE ? content : java.util.Arrays.copyOf(content, SAMPLE);
        TextCharsets.Decoded decoded = TextCharsets.decode(head, null);
        if (decoded == null) {
            return false;
        }
        String text = decoded.text();
        if (DELIMITER_ROW.matcher(text).find() || TABLE_BLOCK.matcher(text).find()) {
            return true;
        }
        var headings = HEADING.matcher(text);
        int count = 0;
        while (headings.find() && ++count < 2) {
            // two headings make a Markdown outline; one may be a stray line
        }
        return count >= 2;
    }
}
