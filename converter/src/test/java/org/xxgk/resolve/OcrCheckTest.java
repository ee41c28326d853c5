package org.xxgk.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xxgk.grid.Provenance;
import org.xxgk.grid.Reading;
import org.xxgk.model.CellValue;
import org.xxgk.model.Finding;

/** What vouches for a value OCR read, and what becomes of one nothing vouches for. */
class OcrCheckTest {

    private static final String ROW = "/applications/new_received";
    private static final List<String> APPLICANTS = List.of("natural_person", "commercial_enterprise", "research_institution",
            "social_welfare_organization", "legal_service_agency", "other_organization");

    private static CellValue read(String raw, double confidence, String... alternatives) {
        BigDecimal number = raw.matches("\\d+") ? new BigDecimal(raw) : null;
        return new CellValue(number, raw, Provenance.page(2), Reading.ocr(confidence, List.of(alternatives)), null);
    }

    /** The row 一、本年新收: six applicant cells and the total, read with the given confidence. */
    private static Map<String, CellValue> row(double confidence, long... values) {
        Map<String, CellValue> m = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            m.put(ROW + "/" + APPLICANTS.get(i), read(String.valueOf(values[i]), confidence));
        }
        m.put(ROW + "/total", read(String.valueOf(values[6]), confidence));
        return m;
    }

    @Test
    void uncertainValuesConfirmedByTheirRowTotalAreKept() {
        Map<String, CellValue> values = row(0.5, 3001, 53, 0, 0, 61, 4, 3119);
        assertEquals(List.of(), OcrCheck.check(values, false));
        assertEquals(new BigDecimal(53), values.get(ROW + "/commercial_enterprise").number());
    }

    @Test
    void aSureValueNoRuleCanCheckIsKeptAnUnsureOneIsNot() {
        Map<String, CellValue> values = new LinkedHashMap<>();
        values.put("/active_disclosure/licensing/decisions", read("28364", 0.95));
        values.put("/active_disclosure/penalty/decisions", read("501", 0.5));
        List<Finding> findings = OcrCheck.check(values, false);
        assertEquals(new BigDecimal(28364), values.get("/active_disclosure/licensing/decisions").number());
        assertNull(values.get("/active_disclosure/penalty/decisions").number());
        assertEquals("ocr_uncertain", values.get("/active_disclosure/penalty/decisions").unsettled());
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("/active_disclosure/penalty/decisions", f.path());
        assertEquals(new BigDecimal(501), f.actual());
        assertNull(f.expected());
        assertEquals("图片中此格的数值无法可靠识别：识别结果501的把握不足，且表内的勾稽关系无法验证，请对照原文核实（第2页）", f.message());
    }

    /** A misread the row total contradicts: null, and the finding says what the arithmetic implies, not written. */
    @Test
    void aValueTheArithmeticContradictsIsNullWithWhatItShouldBe() {
        Map<String, CellValue> values = row(0.95, 3001, 58, 0, 0, 61, 4, 3119);
        List<Finding> findings = OcrCheck.check(values, false);
        for (String cell : List.of("natural_person", "commercial_enterprise", "research_institution", "total")) {
            assertNull(values.get(ROW + "/" + cell).number(), cell + ": every cell of the failing equation, none confirmed");
        }
        Finding commercial = findings.get(1);
        assertEquals(ROW + "/commercial_enterprise", commercial.path());
        assertEquals(new BigDecimal(58), commercial.actual());
        assertEquals(new BigDecimal(53), commercial.expected());
        assertEquals("图片中此格的数值无法可靠识别：识别结果58与表内的勾稽关系不符（可能是识别错误，也可能是原表有误）；"
                + "按表内的勾稽关系此格应为53（与识别结果只差一位数字），但未自动更正，请对照原文核实（第2页）", commercial.message());
        assertEquals(7, findings.size());
    }

    /** Another reading OCR gave of the same cell, the only one the row total accepts, is taken. */
    @Test
    void theOtherReadingThatAloneFitsIsTaken() {
        Map<String, CellValue> values = row(0.95, 3001, 58, 0, 0, 61, 4, 3119);
        values.put(ROW + "/commercial_enterprise", read("58", 0.5, "53", "38"));
        assertEquals(List.of(), OcrCheck.check(values, false));
        assertEquals(new BigDecimal(53), values.get(ROW + "/commercial_enterprise").number());
    }

    @Test
    void aReadingThatIsNoNumberIsNull() {
        Map<String, CellValue> values = row(0.95, 3001, 53, 0, 0, 61, 4, 3119);
        values.put(ROW + "/research_institution", read("才", 0.66));
        List<Finding> findings = OcrCheck.check(values, false);
        assertEquals(1, findings.size());
        assertEquals("图片中此格的数值无法可靠识别：识别出的内容「才」不是数字；按表内的勾稽关系此格应为0，但未自动更正，请对照原文核实（第2页）",
                findings.get(0).message());
        assertEquals(BigDecimal.ZERO, findings.get(0).expected());
        assertNull(findings.get(0).actual());
    }

    @Test
    void valuesNotReadByOcrAreLeftAlone() {
        Map<String, CellValue> values = new LinkedHashMap<>();
        values.put("/active_disclosure/penalty/decisions", new CellValue(new BigDecimal(501), "501", Provenance.page(1)));
        assertEquals(List.of(), OcrCheck.check(values, false));
        assertEquals(new BigDecimal(501), values.get("/active_disclosure/penalty/decisions").number());
    }
}
