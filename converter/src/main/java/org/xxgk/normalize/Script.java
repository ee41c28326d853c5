package org.xxgk.normalize;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * Traditional to simplified Chinese as OpenCC converts it (opencc4j): character by character from
 * its precomputed tables ({@link TraditionalChars}), and through OpenCC itself only for a text
 * holding one of the phrases it converts otherwise.
 */
public final class Script {

    private Script() {
    }

    public static String toSimplified(String text) {
        boolean changes = false;
        for (int i = 0; i < text.length(); i++) {
            if (TraditionalChars.phraseAt(text, i)) {
                return ZhConverterUtil.toSimple(text);
            }
            changes |= TraditionalChars.changesAlone(text.charAt(i));
        }
        if (!changes) {
            return text;
        }
        char[] simplified = text.toCharArray();
        for (int i = 0; i < simplified.length; i++) {
            simplified[i] = TraditionalChars.simplified(simplified[i]);
        }
        return new String(simplified);
    }
}
