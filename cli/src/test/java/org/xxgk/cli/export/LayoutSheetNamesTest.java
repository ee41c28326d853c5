package org.xxgk.cli.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sheet names for --xlsx-layout are unique as Excel (and POI) compare them: ignoring case. */
class LayoutSheetNamesTest {

    @Test
    void namesDifferingOnlyInCaseGetANumber() {
        Set<String> taken = new HashSet<>(Set.of("检查结果", "宽表"));
        assertEquals("a.pdf", LayoutSheets.name("甲/a.pdf", taken));
        assertEquals("A.PDF(2)", LayoutSheets.name("乙/A.PDF", taken));
        assertEquals("a.pdf(3)", LayoutSheets.name("a.pdf", taken));
        assertEquals("宽表(2)", LayoutSheets.name("宽表", taken));
    }
}
