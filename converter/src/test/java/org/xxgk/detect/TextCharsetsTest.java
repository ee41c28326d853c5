package org.xxgk.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextCharsetsTest {

    private static final String TEXT = "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量|41|0|0|\n规章|0|0|0|\n";
    private static final String TRADITIONAL = "三、收到和處理政府信息公開申請情況\n一、本年新收政府信息公開申請數量|41|0|0|\n規章|0|0|0|\n";

    private static String decode(byte[] bytes, String declared) {
        return TextCharsets.decode(bytes, declared).text();
    }

    @Test
    void everyChineseEncodingDecodes() {
        assertEquals(TEXT, decode(TEXT.getBytes(Charset.forName("GBK")), null));
        assertEquals(TEXT, decode(TEXT.getBytes(TextCharsets.GB18030), null));
        assertEquals(TRADITIONAL, decode(TRADITIONAL.getBytes(Charset.forName("Big5")), null));
        assertEquals(TEXT, decode(TEXT.getBytes(StandardCharsets.UTF_16LE), null));
        assertEquals(TEXT, decode(TEXT.getBytes(StandardCharsets.UTF_16BE), null));
        assertEquals(TEXT, decode(TEXT.getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void aDeclaredCharsetCountsOnlyWhenItDecodes() {
        assertEquals(TEXT, decode(TEXT.getBytes(Charset.forName("GBK")), "utf-8"));
        assertEquals(TEXT, decode(TEXT.getBytes(StandardCharsets.UTF_8), "gb2312"));
        assertEquals(TextCharsets.GB18030, TextCharsets.named("gb2312"));
    }

    @Test
    void aStrayByteInUtf8IsReplacedNotAReasonToGuessAnotherCharset() {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] damaged = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, damaged, 0, 9); // after the third character
        damaged[9] = (byte) 0xFF;
        System.arraycopy(utf8, 9, damaged, 10, utf8.length - 9);
        TextCharsets.Decoded decoded = TextCharsets.decode(damaged, null);
        assertEquals(StandardCharsets.UTF_8, decoded.charset());
        assertEquals(1, decoded.replaced());
    }

    @Test
    void binaryIsNoText() {
        byte[] noise = new byte[4096];
        new Random(1).nextBytes(noise);
        assertNull(TextCharsets.decode(noise, null));
        assertEquals(false, TextCharsets.looksLikeText(noise));
    }
}
