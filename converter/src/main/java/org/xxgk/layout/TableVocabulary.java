package org.xxgk.layout;

import java.util.ArrayList;
import java.util.List;
import org.xxgk.normalize.LabelKey;

/**
 * The column headings and captions the official tables print, for readers that must tell a
 * heading line from a row label without ruling lines to go by. 其他 and 总计 are left out: they
 * are row labels too.
 */
public final class TableVocabulary {

    private static final List<String> WORDS = new ArrayList<>();
    private static final List<String> KEYS = new ArrayList<>();

    static {
        List<String> words = new ArrayList<>(List.of("信息内容", "本年处理决定数量", "本年度处理决定数量", "处理决定数量"));
        words.addAll(ActiveDisclosureLayout.HEADERS_2021);
        words.addAll(ActiveDisclosureLayout.HEADERS_2019);
        words.addAll(ApplicationsLayout.HEADER_WORDS);
        words.addAll(ReviewLitigationLayout.HEADER_WORDS);
        for (String word : words) {
            String key = LabelKey.of(word);
            if (!key.equals("其他") && !key.equals("总计")) {
                WORDS.add(word);
                KEYS.add(key);
            }
        }
    }

    /** The headings and captions themselves (其他 and 总计 left out). */
    public static List<String> words() {
        return List.copyOf(WORDS);
    }

    private TableVocabulary() {
    }

    /** True for a column heading or a 第二十条第（…）项 caption, however it is spaced or wrapped. */
    public static boolean isColumnHeading(String text) {
        String key = LabelKey.of(text);
        return key.startsWith("第二十条") || KEYS.stream().anyMatch(k -> !k.isEmpty() && key.startsWith(k));
    }
}
