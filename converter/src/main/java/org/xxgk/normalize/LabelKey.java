package org.xxgk.normalize;

/**
 * Reduces a label to the key it is matched by: simplified script, no pinyin, no width
 * differences, no spaces or line breaks, no punctuation, and no leading enumerator
 * (一、 / （一） / 1. / 1、 all vanish), so "（三）不予\n公開(kāi)" and "3.不予公开" both give "不予公开".
 */
public final class LabelKey {

    /** Labels repeat across rows, pages and documents; their keys are worth remembering. */
    private static final int CACHE_LIMIT = 50_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private LabelKey() {
    }

    public static String of(String label) {
        String key = CACHE.get(label);
        if (key == null) {
            key = compute(label);
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear(); // a crude bound: a batch of thousands of reports must not grow it forever
            }
            CACHE.put(label, key);
        }
        return key;
    }

    private static String compute(String label) {
        String text = Script.toSimplified(Width.fold(Pinyin.stripFromLabel(label)));
        StringBuilder key = new StringBuilder(text.length());
        text.codePoints()
                .filter(cp -> Character.isLetterOrDigit(cp))
                .forEach(key::appendCodePoint);
        int start = 0;
        while (start < key.length() && isEnumerator(key.charAt(start))) {
            start++;
        }
        // Keep a key that is nothing but an enumerator (a bare "1") rather than empty it.
        return start == key.length() ? key.toString() : key.substring(start);
    }

    private static boolean isEnumerator(char c) {
        return (c >= '0' && c <= '9') || "一二三四五六七八九十".indexOf(c) >= 0;
    }
}
