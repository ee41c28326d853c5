package org.xxgk.extract.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Removes page numbers (-3-, 第3页, 3/6) and running headers or footers repeated on many pages. */
final class PageFurniture {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—－–_\\s]*\\d{1,4}[-—－–_\\s]*|第\\s*\\d{1,4}\\s*页(\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*/\\s*\\d{1,4}");
    /** Headers and footers live in this fraction of the page height at the top or bottom. */
    private static final double MARGIN_BAND = 0.1;

    private PageFurniture() {
    }

    static List<List<TextLine>> remove(List<List<TextLine>> pages, List<Double> pageHeights) {
        Map<String, Integer> marginTexts = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            for (TextLine line : pages.get(p)) {
                if (inMargin(line, pageHeights.get(p))) {
                    marginTexts.merge(repeatKey(line.text()), 1, Integer::sum);
                }
            }
        }
        int repeatedOn = Math.max(2, (pages.size() + 1) / 2);
        List<List<TextLine>> kept = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<TextLine> page = new ArrayList<>();
            for (TextLine line : pages.get(p)) {
                boolean number = PAGE_NUMBER.matcher(line.text()).matches();
                boolean running = inMargin(line, pageHeights.get(p)) && marginTexts.get(repeatKey(line.text())) >= repeatedOn;
                if (!number && !running) {
                    page.add(line);
                }
            }
            kept.add(page);
        }
        return kept;
    }

    private static boolean inMargin(TextLine line, double pageHeight) {
        return line.bottom() < pageHeight * MARGIN_BAND || line.top() > pageHeight * (1 - MARGIN_BAND);
    }

    /** Page numbers inside a running footer differ page to page; they do not make it different. */
    private static String repeatKey(String text) {
        return text.replaceAll("\\d+", "#");
    }
}
