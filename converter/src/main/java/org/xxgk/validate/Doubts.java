package org.xxgk.validate;

import java.util.ArrayList;
import java.util.List;
import org.xxgk.grid.Reading;
import org.xxgk.layout.Equation;
import org.xxgk.model.CellValue;
import org.xxgk.model.Finding;
import org.xxgk.model.Rules;
import org.xxgk.model.Tables;

/**
 * Why a broken equation may be the reading's fault rather than the report's: an operand read by
 * OCR, split from digits run together, or in a row whose label matched the form's only
 * approximately, or a source that was damaged and read in part. The message of such an equation
 * says so, so the reader checks the source before blaming the publisher.
 */
final class Doubts {

    private final Tables tables;
    private final List<String> fuzzyRows = new ArrayList<>();
    private final boolean damaged;

    /** {@code earlier}: the findings of reading and alignment (damaged_source, fuzzy_label). */
    Doubts(Tables tables, List<Finding> earlier) {
        this.tables = tables;
        earlier.stream().filter(f -> f.rule().equals(Rules.FUZZY_LABEL)).forEach(f -> fuzzyRows.add(f.path()));
        this.damaged = earlier.stream().anyMatch(f -> f.rule().equals(Rules.DAMAGED_SOURCE));
    }

    /** The words to add to the equation's message (starting with "（"), or "" when its cells were read without doubt. */
    String about(Equation equation) {
        List<String> cells = new ArrayList<>();
        cells.add(equation.target());
        cells.addAll(equation.plus());
        cells.addAll(equation.minus());
        boolean ocr = false;
        boolean split = false;
        boolean fuzzy = false;
        for (String path : cells) {
            CellValue v = tables.value(path);
            Reading.Kind kind = v == null ? Reading.Kind.EXACT : v.reading().kind();
            ocr |= kind == Reading.Kind.OCR;
            split |= kind == Reading.Kind.RUN_TOGETHER;
            fuzzy |= fuzzyRows.stream().anyMatch(row -> !row.isEmpty() && (path.equals(row) || path.startsWith(row + "/")));
        }
        List<String> how = new ArrayList<>();
        if (ocr) {
            how.add("由图片文字识别读出的");
        }
        if (split) {
            how.add("从连在一起的数字中拆分出的");
        }
        if (fuzzy) {
            how.add("行标签按近似匹配读取的");
        }
        List<String> why = new ArrayList<>();
        if (!how.isEmpty()) {
            why.add("参与计算的数值中有" + String.join("、", how) + "数值");
        }
        if (damaged) {
            why.add("文件已损坏，只读取了其中一部分");
        }
        return why.isEmpty() ? "" : "（" + String.join("；", why) + "，可能是识别问题，请核对原文）";
    }
}
