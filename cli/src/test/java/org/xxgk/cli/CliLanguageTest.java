package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Chinese unless the user's locale says English: -Duser.language first, then LC_ALL, LC_MESSAGES, LANG. */
class CliLanguageTest {

    @Test
    void chineseWithoutAnyLocale() {
        assertEquals(Locale.CHINESE, CliLanguage.of(Map.of(), List.of()));
    }

    @Test
    void theCAndPosixLocalesAreNoChoiceOfEnglish() {
        assertEquals(Locale.CHINESE, CliLanguage.of(Map.of("LANG", "C.UTF-8"), List.of()));
        assertEquals(Locale.CHINESE, CliLanguage.of(Map.of("LC_ALL", "POSIX"), List.of()));
    }

    @Test
    void anEnglishLangGivesEnglish() {
        assertEquals(Locale.ENGLISH, CliLanguage.of(Map.of("LANG", "en_US.UTF-8"), List.of()));
        assertEquals(Locale.ENGLISH, CliLanguage.of(Map.of("LANG", "en"), List.of()));
        assertEquals(Locale.CHINESE, CliLanguage.of(Map.of("LANG", "zh_CN.UTF-8"), List.of()));
        assertEquals(Locale.CHINESE, CliLanguage.of(Map.of("LANG", "de_DE.UTF-8"), List.of()), "only English replaces Chinese");
    }

    @Test
    void lcAllOverridesLcMessagesOverridesLang() {
        assertEquals(Locale.CHINESE, CliLanguage.of(Map.of("LC_ALL", "zh_CN.UTF-8", "LANG", "en_US.UTF-8"), List.of()));
        assertEquals(Locale.ENGLISH, CliLanguage.of(Map.of("LC_MESSAGES", "en_GB.UTF-8", "LANG", "zh_TW.UTF-8"), List.of()));
        assertEquals(Locale.ENGLISH, CliLanguage.of(Map.of("LC_ALL", "", "LANG", "en_GB.UTF-8"), List.of()), "an empty variable is unset");
    }

    @Test
    void userLanguageGivenToTheJvmComesFirst() {
        assertEquals(Locale.ENGLISH, CliLanguage.of(Map.of("LANG", "zh_CN.UTF-8"), List.of("-Xmx512m", "-Duser.language=en")));
        assertEquals(Locale.CHINESE, CliLanguage.of(Map.of("LANG", "en_US.UTF-8"), List.of("-Duser.language=zh")));
    }
}
