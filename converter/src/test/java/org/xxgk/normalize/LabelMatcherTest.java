package org.xxgk.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LabelMatcherTest {

    private final LabelMatcher<String> matcher = new LabelMatcher<String>()
            .add("1.属于国家秘密", "state_secret")
            .add("2.其他法律行政法规禁止公开", "prohibited_by_law")
            .add("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partially_disclosed")
            .add("部分公开", "partially_disclosed")
            .add("3.其他", "other")
            .add("（七）总计", "total");

    @Test
    void exactMatchAfterNormalisation() {
        var m = matcher.match("1、屬於國家秘密").orElseThrow();
        assertEquals("state_secret", m.target());
        assertTrue(m.exact());
    }

    @Test
    void typoMatchesFuzzilyAndSaysSo() {
        // 淮安市洪泽区 2023: "2.其他法律行政止公开"
        var m = matcher.match("2.其他法律行政止公开").orElseThrow();
        assertEquals("prohibited_by_law", m.target());
        assertFalse(m.exact());
    }

    @Test
    void truncatedOrExtendedLabelMatchesByItsKnownStart() {
        assertEquals("partially_disclosed", matcher.match("（二）部分公开（区分处理的）").orElseThrow().target());
        assertTrue(matcher.match("（二）部分公开（区分处理的）").orElseThrow().exact());
    }

    @Test
    void shortLabelsOnlyMatchExactly() {
        assertEquals("other", matcher.match("3.其他").orElseThrow().target());
        assertTrue(matcher.match("其它").isEmpty());
        assertTrue(matcher.match("总数").isEmpty());
    }

    @Test
    void unrelatedLabelDoesNotMatch() {
        assertTrue(matcher.match("申请人情况").isEmpty());
        assertTrue(matcher.match("").isEmpty());
    }

    @Test
    void ambiguousNearMatchIsRefused() {
        LabelMatcher<String> m = new LabelMatcher<String>().add("甲乙丙丁戊", "a").add("甲乙丙丁己", "b");
        assertTrue(m.match("甲乙丙丁庚").isEmpty());
    }
}
