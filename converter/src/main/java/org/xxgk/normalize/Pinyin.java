package org.xxgk.normalize;

import java.util.regex.Pattern;

/**
 * Removes the pinyin readings some web converters insert after characters: 公開(kāi), 號(hào).
 * A group counts as pinyin only if it holds a tone-marked vowel, so ordinary bracketed text
 * such as (一) or (单位:万元) is left alone.
 */
public final class Pinyin {

    private static final String LETTERS = "a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";
    private static final Pattern ANNOTATION = Pattern.compile(
            "[(（]\\s*(?=[" + LETTERS + " ]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ])[" + LETTERS + "]+(?: [" + LETTERS + "]+)*\\s*[)）]");

    private Pinyin() {
    }

    /**
     * A reading after a Chinese character in a label, tone marks or not: OCR reads 规(guī) as
     * 规(guT). The form's labels never hold Latin letters in brackets, so any such group goes.
     */
    private static final Pattern LOOSE = Pattern.compile("(?<=\\p{IsHan})\\s*[(（]\\s*[" + LETTERS + "0-9]{1,8}\\s*[)）]");

    /** Like {@link #strip}, and also readings without tone marks after Chinese characters; for labels only. */
    public static String stripFromLabel(String text) {
        if (text.indexOf('(') < 0 && text.indexOf('（') < 0) {
            return text;
        }
        return LOOSE.matcher(strip(text)).replaceAll("");
    }

    public static String strip(String text) {
        if (text.indexOf('(') < 0 && text.indexOf('（') < 0) {
            return text;
        }
        return ANNOTATION.matcher(text).replaceAll("");
    }
}
