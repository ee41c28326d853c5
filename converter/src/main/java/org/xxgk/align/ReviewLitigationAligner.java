package org.xxgk.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xxgk.grid.Cell;
import org.xxgk.grid.Grid;
import org.xxgk.grid.Reading;
import org.xxgk.layout.Field;
import org.xxgk.layout.ReviewLitigationLayout;
import org.xxgk.model.CellValue;
import org.xxgk.model.Finding;
import org.xxgk.resolve.Choice;

/**
 * Places the values of table 四: its fifteen value cells, in printed order, fill the three
 * blocks of five. The header rows carry no numbers and are passed over. Digits that ran
 * together are split by the resolver, using each block's total.
 */
final class ReviewLitigationAligner {

    private static final String PATH = "/" + ReviewLitigationLayout.SECTION;
    private static final int WIDTH = ReviewLitigationLayout.BLOCKS.size() * ReviewLitigationLayout.FIELDS.size();
    /** Fewer value cells than this is not the table's value row with a few cells lost. */
    private static final int MIN_CELLS = 10;
    private static final String SUBJECT = "行政复议、行政诉讼";

    private ReviewLitigationAligner() {
    }

    static void align(List<Grid> parts, Map<String, CellValue> values, List<Finding> findings, List<Choice> choices) {
        List<RowCells> rows = parts.stream().flatMap(g -> g.rows().stream()).map(RowCells::of).toList();
        List<Cell> cells = new ArrayList<>();
        boolean runTogether = false;
        for (RowCells row : rows) {
            // A table split in two keeps its value cells in order across the rows that hold numbers.
            if (row.hasNumber() && (cells.size() < WIDTH || runTogether)) {
                cells.addAll(row.values());
                runTogether |= row.runTogether();
            }
        }
        if (cells.isEmpty()) {
            // Not one number (an unfilled form): the value row is the one without labels.
            rows.stream().filter(r -> r.labels().isEmpty() && !r.values().isEmpty()).reduce((a, b) -> b)
                    .ifPresent(r -> cells.addAll(r.values()));
        }
        List<String> paths = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (ReviewLitigationLayout.Block block : ReviewLitigationLayout.BLOCKS) {
            for (Field field : ReviewLitigationLayout.FIELDS) {
                paths.add(PATH + "/" + block.key() + "/" + field.key());
                fields.add(field);
                labels.add(block.label());
            }
        }
        if (runTogether) {
            List<Cell> run = cells.stream().filter(c -> !c.isBlank() || c.reading().kind() == Reading.Kind.RUN_TOGETHER).toList();
            choices.add(RunTogetherValues.choice(run, paths, fields, PATH, SUBJECT, values));
            return;
        }
        if (cells.size() >= MIN_CELLS && cells.size() < WIDTH) {
            // Fewer values than cells: which cells were lost is not known, so nothing is read by
            // position; the block totals tell what they can.
            choices.add(Gaps.choice(cells, paths, fields, labels, PATH, SUBJECT));
            return;
        }
        for (int i = 0; i < paths.size(); i++) {
            Cell cell = i < cells.size() ? cells.get(i) : null;
            values.put(paths.get(i), ValueReader.read(cell, fields.get(i), paths.get(i), labels.get(i), findings));
        }
    }
}
