package org.xxgk.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelKeyTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "（三）不予\\n公開(kāi)|不予公开",
        "1.属于国家秘密|属于国家秘密",
        "1．属于国家秘密|属于国家秘密",
        "1、属于国家秘密|属于国家秘密",
        "１、属于国家秘密|属于国家秘密",
        "三本年度办理结果|本年度办理结果",
        "三、 本年度办理结果|本年度办理结果",
        "、\\n(三)不予公开|不予公开",
        "商業 企業|商业企业",
        "自 然 人|自然人",
        "3.危及“三安全一稳\\n定”|危及三安全一稳定",
        "本年收费金额（单位：万元）|本年收费金额单位万元",
        "第二十條第(五)項(xiàng)|第二十条第五项",
        "四、结转下年度继续办理|结转下年度继续办理",
        "1|1",
    })
    void reducesLabelsToTheirKey(String label, String key) {
        // "\\n" in the table stands for a line break inside the printed label
        assertEquals(key, LabelKey.of(label.replace("\\n", "\n")));
    }
}
