package org.xxgk.align;

import java.util.List;
import java.util.Optional;
import org.xxgk.grid.Cell;
import org.xxgk.model.Finding;
import org.xxgk.model.Rules;
import org.xxgk.normalize.LabelMatcher;

/**
 * Finds which layout row a table row is, from its labels, most specific (rightmost) first:
 * in 三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 the last label names the row and the others
 * are the groups around it.
 */
final class RowMatcher<T> {

    /** The row matched and the label that named it. */
    record Matched<T>(T row, Cell label, LabelMatcher.Match<T> match) {
    }

    private final LabelMatcher<T> matcher;

    RowMatcher(LabelMatcher<T> matcher) {
        this.matcher = matcher;
    }

    /**
     * The row named by a label wrapped over two rows of a table: the last label of the row before
     * (which named nothing) joined to the first of this one (5.要求行政机关确认或重新出具 / 已获取信息).
     */
    Optional<Matched<T>> matchJoined(List<Cell> before, List<Cell> labels) {
        if (before.isEmpty() || labels.isEmpty()) {
            return Optional.empty();
        }
        Cell last = before.get(before.size() - 1);
        Cell joined = new Cell(last.text() + labels.get(0).text(), 1, 1, last.at(), last.reading());
        Optional<LabelMatcher.Match<T>> m = matcher.match(joined.text());
        return m.map(match -> new Matched<>(match.target(), joined, match));
    }

    Optional<Matched<T>> match(List<Cell> labels) {
        for (int i = labels.size() - 1; i >= 0; i--) {
            Optional<LabelMatcher.Match<T>> m = matcher.match(labels.get(i).text());
            if (m.isPresent()) {
                return Optional.of(new Matched<>(m.get().target(), labels.get(i), m.get()));
            }
        }
        return Optional.empty();
    }

    static String printed(Cell label) {
        return label.text().replaceAll("\\s+", "");
    }

    /**
     * A label that differs from the form's is reported, unless OCR read it: then the difference
     * is the engine's, not the publisher's, and says nothing about the report.
     */
    static void noteFuzzy(Matched<?> matched, String path, String officialLabel, List<Finding> findings) {
        if (!matched.match().exact() && matched.label().reading().kind() != org.xxgk.grid.Reading.Kind.OCR) {
            findings.add(Finding.warning(Rules.FUZZY_LABEL, path,
                    "行标签「" + printed(matched.label()) + "」与标准表格的「" + officialLabel + "」不完全一致，已按「"
                            + officialLabel + "」处理" + ValueReader.where(matched.label().at())));
        }
    }

    static void noteUnknown(RowCells row, String sectionPath, String sectionName, List<Finding> findings) {
        String label = row.labels().isEmpty() ? "（无标签）" : printed(row.labels().get(row.labels().size() - 1));
        Cell at = row.labels().isEmpty() ? row.values().get(0) : row.labels().get(row.labels().size() - 1);
        findings.add(Finding.warning(Rules.UNKNOWN_LABEL, sectionPath,
                sectionName + "中有无法识别的行「" + label + "」，其数值未被采用" + ValueReader.where(at.at())));
    }

    static void noteDuplicate(Matched<?> matched, String path, List<Finding> findings) {
        findings.add(Finding.warning(Rules.DUPLICATE_ROW, path,
                "「" + printed(matched.label()) + "」行重复出现，已采用第一次出现的数值" + ValueReader.where(matched.label().at())));
    }
}
