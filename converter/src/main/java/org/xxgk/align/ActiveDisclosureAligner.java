package org.xxgk.align;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xxgk.grid.Grid;
import org.xxgk.grid.Slot;
import org.xxgk.layout.ActiveDisclosureLayout;
import org.xxgk.layout.Field;
import org.xxgk.layout.Template;
import org.xxgk.model.CellValue;
import org.xxgk.model.Finding;
import org.xxgk.normalize.LabelMatcher;

/** Places the values of table 二 by row label and by column order within the row. */
final class ActiveDisclosureAligner {

    private static final String PATH = "/" + ActiveDisclosureLayout.SECTION;

    private ActiveDisclosureAligner() {
    }

    static void align(Grid grid, Template template, Map<String, CellValue> values, List<Finding> findings) {
        LabelMatcher<ActiveDisclosureLayout.Row> labels = new LabelMatcher<>();
        for (ActiveDisclosureLayout.Row row : ActiveDisclosureLayout.rows(template)) {
            row.def().names().forEach(name -> labels.add(name, row));
        }
        RowMatcher<ActiveDisclosureLayout.Row> matcher = new RowMatcher<>(labels);
        Set<String> seen = new HashSet<>();
        for (List<Slot> slots : grid.rows()) {
            RowCells row = RowCells.of(slots);
            if (row.values().isEmpty()) {
                continue; // a caption or label standing alone, without value cells
            }
            Optional<RowMatcher.Matched<ActiveDisclosureLayout.Row>> matched = matcher.match(row.labels());
            if (matched.isEmpty()) {
                if (row.hasNumber()) {
                    RowMatcher.noteUnknown(row, PATH, "第二部分表格", findings);
                }
                continue;
            }
            ActiveDisclosureLayout.Row layoutRow = matched.get().row();
            String rowPath = PATH + "/" + layoutRow.def().key();
            if (!seen.add(rowPath)) {
                if (row.hasNumber()) {
                    RowMatcher.noteDuplicate(matched.get(), rowPath, findings);
                }
                continue;
            }
            RowMatcher.noteFuzzy(matched.get(), rowPath, layoutRow.def().label(), findings);
            List<Field> fields = layoutRow.fields();
            for (int i = 0; i < fields.size(); i++) {
                String path = rowPath + "/" + fields.get(i).key();
                values.put(path, ValueReader.read(row.value(i), fields.get(i), path, layoutRow.def().label(), findings));
            }
        }
    }
}
