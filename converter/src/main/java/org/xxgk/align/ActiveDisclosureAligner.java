package org.xxgk.align;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xxgk.grid.Cell;
import org.xxgk.grid.Grid;
import org.xxgk.grid.Slot;
import org.xxgk.layout.ActiveDisclosureLayout;
import org.xxgk.layout.Field;
import org.xxgk.layout.Template;
import org.xxgk.model.CellValue;
import org.xxgk.model.Finding;
import org.xxgk.normalize.LabelMatcher;
import org.xxgk.resolve.Choice;

/**
 * Places the values of table 二 by row label and by column order within the row; rows whose
 * label was lost are placed by the labelled rows around them, run-together digits are split by
 * the resolver.
 */
final class ActiveDisclosureAligner {

    private static final String PATH = "/" + ActiveDisclosureLayout.SECTION;
    private static final String NAME = "第二部分表格";

    private ActiveDisclosureAligner() {
    }

    static void align(List<Grid> parts, Template template, Map<String, CellValue> values, List<Finding> findings,
                      List<Choice> choices) {
        LabelMatcher<ActiveDisclosureLayout.Row> labels = new LabelMatcher<>();
        for (ActiveDisclosureLayout.Row row : ActiveDisclosureLayout.rows(template)) {
            row.def().names().forEach(name -> labels.add(name, row));
        }
        RowMatcher<ActiveDisclosureLayout.Row> matcher = new RowMatcher<>(labels);
        Set<String> seen = new HashSet<>();
        LooseRows loose = new LooseRows();
        for (Grid part : parts) {
            List<Cell> unnamed = List.of();
            for (List<Slot> slots : part.rows()) {
                RowCells row = RowCells.of(slots);
                Optional<RowMatcher.Matched<ActiveDisclosureLayout.Row>> matched = matcher.match(row.labels());
                if (row.hasNumber() && matched.isEmpty()) {
                    matched = matcher.matchJoined(unnamed, row.labels());
                }
                unnamed = !row.hasNumber() && matched.isEmpty() ? row.labels() : List.of();
                if (!row.hasNumber()) {
                    // A caption, a label standing alone, or a row left empty: read as it stands
                    // until a row of numbers claims its place.
                    if (matched.isPresent()) {
                        String rowPath = PATH + "/" + matched.get().row().def().key();
                        if (!row.values().isEmpty() && !seen.contains(rowPath)) {
                            place(matched.get().row(), row, values, findings, choices);
                        }
                        loose.label(rowPath);
                    }
                    continue;
                }
                if (matched.isEmpty()) {
                    if (!loose.loose(row, !row.labels().isEmpty())) {
                        RowMatcher.noteUnknown(row, PATH, NAME, findings);
                    }
                    continue;
                }
                ActiveDisclosureLayout.Row layoutRow = matched.get().row();
                String rowPath = PATH + "/" + layoutRow.def().key();
                if (!seen.add(rowPath)) {
                    RowMatcher.noteDuplicate(matched.get(), rowPath, findings);
                    continue;
                }
                loose.anchor(rowPath);
                RowMatcher.noteFuzzy(matched.get(), rowPath, layoutRow.def().label(), findings);
                place(layoutRow, row, values, findings, choices);
            }
        }
        if (!loose.isEmpty()) {
            List<LooseRows.Target> targets = ActiveDisclosureLayout.rows(template).stream()
                    .map(r -> new LooseRows.Target(PATH + "/" + r.def().key(), r.fields(), r.def().label()))
                    .toList();
            choices.addAll(loose.choices(targets, seen, PATH, NAME));
        }
    }

    private static void place(ActiveDisclosureLayout.Row layoutRow, RowCells row, Map<String, CellValue> values,
                              List<Finding> findings, List<Choice> choices) {
        String rowPath = PATH + "/" + layoutRow.def().key();
        List<Field> fields = layoutRow.fields();
        RowCells fitted = row.fitted(fields.size());
        List<String> paths = fields.stream().map(f -> rowPath + "/" + f.key()).toList();
        if (fitted.runTogether()) {
            choices.add(RunTogetherValues.choice(fitted.values(), paths, fields, rowPath, layoutRow.def().label(), values));
            return;
        }
        for (int i = 0; i < fields.size(); i++) {
            values.put(paths.get(i), ValueReader.read(fitted.value(i), fields.get(i), paths.get(i), layoutRow.def().label(), findings));
        }
    }
}
