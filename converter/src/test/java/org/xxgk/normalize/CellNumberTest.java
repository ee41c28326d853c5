package org.xxgk.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellNumberTest {

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "0|0|NONE",
        "3,985,758|3985758|NONE",
        "３９８５７５８|3985758|NONE",
        "３，９８５，７５８|3985758|NONE",
        "+1036|1036|NONE",
        "-8|-8|NONE",
        "－8|-8|NONE",
        "625.0499|625.0499|NONE",
        "924.190|924.190|NONE",
        " 12 |12|NONE",
        "5件|5|NONE",
        "251000元|251000|YUAN",
        "25.1万元|25.1|WAN_YUAN",
    })
    void readsNumbers(String cell, String value, CellNumber.Unit unit) {
        CellNumber.Parsed parsed = CellNumber.parse(cell);
        assertEquals(new BigDecimal(value), parsed.value());
        assertEquals(unit, parsed.unit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "—", "/", "无", "不适用", "1 2 3a", "十二", "1.2.3"})
    void refusesWhatIsNotANumber(String cell) {
        assertNull(CellNumber.parse(cell));
    }

    @org.junit.jupiter.api.Test
    void convertsYuanToWanYuan() {
        assertEquals(new BigDecimal("25.1"), CellNumber.Unit.YUAN.toWan(new BigDecimal("251000")));
    }
}
