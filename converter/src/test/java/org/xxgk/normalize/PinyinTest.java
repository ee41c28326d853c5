package org.xxgk.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PinyinTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "公開(kāi)監(jiān)督|公開監督",
        "國務(wù)院令第711號(hào)|國務院令第711號",
        "號(hà o)|號",
        "申請（qǐng）|申請",
        "(一)予以公开|(一)予以公开",
        "本年收费金额(单位:万元)|本年收费金额(单位:万元)",
        "手机APP(App)|手机APP(App)",
        "(de)|(de)",
    })
    void removesOnlyToneMarkedReadings(String text, String stripped) {
        assertEquals(stripped, Pinyin.strip(text));
    }
}
