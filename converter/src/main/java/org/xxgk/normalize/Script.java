package org.xxgk.normalize;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * Traditional to simplified Chinese through OpenCC's conversion tables (opencc4j), loaded only
 * when the text has a traditional character.
 */
public final class Script {

    private Script() {
    }

    public static String toSimplified(String text) {
        if (text.isEmpty() || !TraditionalChars.anyIn(text)) {
            return text;
        }
        return ZhConverterUtil.toSimple(text);
    }
}
