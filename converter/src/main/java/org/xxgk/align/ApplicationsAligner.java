package org.xxgk.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xxgk.grid.Grid;
import org.xxgk.grid.Slot;
import org.xxgk.layout.ApplicationsLayout;
import org.xxgk.layout.ApplicationsLayout.PathRow;
import org.xxgk.layout.Field;
import org.xxgk.layout.RowDef;
import org.xxgk.model.CellValue;
import org.xxgk.model.Finding;
import org.xxgk.normalize.LabelKey;
import org.xxgk.normalize.LabelMatcher;

/**
 * Places the values of table 三: each row by its most specific label, the seven applicant
 * columns in their official order after the labels. （六）其他处理 is kept as the document gives
 * it: three sub-rows, or one row.
 */
final class ApplicationsAligner {

    private static final String PATH = "/" + ApplicationsLayout.SECTION;
    private static final Set<String> HEADER_ONLY = ApplicationsLayout.HEADER_WORDS.stream()
            .filter(w -> !w.equals("其他") && !w.equals("总计"))
            .map(LabelKey::of)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final String OTHER_HANDLING_PATH = PATH + "/outcomes/other_handling";

    /** What table 三 said about （六）其他处理. */
    record Result(boolean hasSubRows, boolean hasSingleRow) {
    }

    private ApplicationsAligner() {
    }

    static Result align(Grid grid, Map<String, CellValue> values, List<Finding> findings) {
        RowMatcher<PathRow> matcher = new RowMatcher<>(labels());
        Set<String> seen = new HashSet<>();
        Map<String, CellValue> singleRow = new java.util.LinkedHashMap<>();
        List<Finding> singleRowFindings = new ArrayList<>();
        boolean subRows = false;
        for (List<Slot> slots : grid.rows()) {
            RowCells row = RowCells.of(slots);
            if (isHeaderRow(row) || row.values().isEmpty()) {
                continue; // headers, and labels standing alone without value cells
            }
            Optional<RowMatcher.Matched<PathRow>> matched = matcher.match(row.labels());
            boolean valueRow = matched.isPresent()
                    && (!matched.get().row().def().isGroup() || isLoneOtherHandling(matched.get(), row));
            if (!valueRow) {
                if (row.hasNumber()) {
                    RowMatcher.noteUnknown(row, PATH, "第三部分表格", findings);
                }
                continue;
            }
            PathRow target = matched.get().row();
            boolean single = target.def() == ApplicationsLayout.OTHER_HANDLING;
            subRows |= target.path().startsWith(OTHER_HANDLING_PATH + "/");
            if (!seen.add(target.path())) {
                if (row.hasNumber()) {
                    RowMatcher.noteDuplicate(matched.get(), target.path(), findings);
                }
                continue;
            }
            Map<String, CellValue> into = single ? singleRow : values;
            List<Finding> notes = single ? singleRowFindings : findings;
            RowMatcher.noteFuzzy(matched.get(), target.path(), target.def().label(), notes);
            for (int i = 0; i < ApplicationsLayout.COLUMNS.size(); i++) {
                Field column = ApplicationsLayout.COLUMNS.get(i);
                String path = target.path() + "/" + column.key();
                into.put(path, ValueReader.read(row.value(i), column, path, target.def().label(), notes));
            }
        }
        // Sub-rows win: a document that has them uses the three-row layout.
        if (!subRows) {
            values.putAll(singleRow);
            findings.addAll(singleRowFindings);
        }
        return new Result(subRows, !singleRow.isEmpty());
    }

    /**
     * A column-header row, first or repeated after a page break. Its 其他 and 总计 would otherwise
     * read as the row labels 3.其他 and （七）总计.
     */
    private static boolean isHeaderRow(RowCells row) {
        return row.labels().stream().map(c -> LabelKey.of(c.text())).anyMatch(HEADER_ONLY::contains);
    }

    /** （六）其他处理 standing alone with values: the one-row form of the 2019 layout. */
    private static boolean isLoneOtherHandling(RowMatcher.Matched<PathRow> matched, RowCells row) {
        return matched.row().def() == ApplicationsLayout.OTHER_HANDLING
                && matched.label() == row.labels().get(row.labels().size() - 1)
                && row.hasNumber();
    }

    private static LabelMatcher<PathRow> labels() {
        LabelMatcher<PathRow> matcher = new LabelMatcher<>();
        addAll(ApplicationsLayout.ROOT, PATH, matcher);
        return matcher;
    }

    private static void addAll(RowDef def, String path, LabelMatcher<PathRow> matcher) {
        for (RowDef child : def.children()) {
            String childPath = path + "/" + child.key();
            PathRow row = new PathRow(childPath, child);
            child.names().forEach(name -> matcher.add(name, row));
            addAll(child, childPath, matcher);
        }
    }
}
