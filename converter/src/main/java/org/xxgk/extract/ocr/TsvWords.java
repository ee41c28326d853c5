package org.xxgk.extract.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Tesseract's TSV output: one row per page, block, paragraph, line and word; the words (level 5)
 * carry their box, confidence (0–100) and text. Each picture of a list is a page of its own.
 */
final class TsvWords {

    private static final int WORD_LEVEL = 5;

    private TsvWords() {
    }

    /** The words of each of {@code pages} pictures. */
    static List<List<OcrWord>> parse(String tsv, int pages) {
        List<List<OcrWord>> words = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            words.add(new ArrayList<>());
        }
        for (String line : tsv.split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length < 12 || !isInt(f[0]) || Integer.parseInt(f[0]) != WORD_LEVEL) {
                continue;
            }
            String text = f[11].strip();
            int page = Integer.parseInt(f[1]) - 1;
            if (text.isEmpty() || page < 0 || page >= pages) {
                continue;
            }
            double confidence = Math.max(0, Math.min(100, Double.parseDouble(f[10]))) / 100;
            words.get(page).add(new OcrWord(text, Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]),
                    Integer.parseInt(f[9]), Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]), confidence));
        }
        return words;
    }

    /**
     * The 0-based index of the last picture of a list the engine started on, from the
     * "Page N : file" lines it writes to its standard error; -1 when there is none.
     */
    static int lastPage(String errors) {
        int last = -1;
        for (String line : errors.split("\n")) {
            if (line.startsWith("Page ")) {
                String number = line.substring(5).split(" ", 2)[0].strip();
                if (isInt(number)) {
                    last = Integer.parseInt(number);
                }
            }
        }
        return last;
    }

    private static boolean isInt(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
