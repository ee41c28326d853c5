package org.xxgk.extract.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Numbers the Chinese model read as letters. */
class DigitTextTest {

    @Test
    void lookAlikesAreDigits() {
        assertEquals("10", DigitText.digits("1O"));
        assertEquals("0", DigitText.digits("〇"));
        assertEquals("1", DigitText.digits("l"));
        assertEquals("3,050", DigitText.digits("3,O5O"));
        assertEquals("625.0499", DigitText.digits("６２５.０４９９"));
    }

    @Test
    void wordsAndSeparatorsAloneAreNot() {
        assertNull(DigitText.digits("总计"));
        assertNull(DigitText.digits("12件"));
        assertNull(DigitText.digits(","));
        assertNull(DigitText.digits("Solo"), "letters only, and more than two: a word");
    }
}
