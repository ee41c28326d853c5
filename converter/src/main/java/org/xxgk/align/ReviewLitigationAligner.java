package org.xxgk.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xxgk.grid.Cell;
import org.xxgk.grid.Grid;
import org.xxgk.layout.Field;
import org.xxgk.layout.ReviewLitigationLayout;
import org.xxgk.model.CellValue;
import org.xxgk.model.Finding;

/**
 * Places the values of table 四: its fifteen value cells, in printed order, fill the three
 * blocks of five. The header rows carry no numbers and are passed over.
 */
final class ReviewLitigationAligner {

    private static final String PATH = "/" + ReviewLitigationLayout.SECTION;
    private static final int WIDTH = ReviewLitigationLayout.BLOCKS.size() * ReviewLitigationLayout.FIELDS.size();

    private ReviewLitigationAligner() {
    }

    static void align(Grid grid, Map<String, CellValue> values, List<Finding> findings) {
        List<RowCells> rows = grid.rows().stream().map(RowCells::of).toList();
        List<Cell> cells = new ArrayList<>();
        for (RowCells row : rows) {
            // A table split in two keeps its value cells in order across the rows that hold numbers.
            if (row.hasNumber() && cells.size() < WIDTH) {
                cells.addAll(row.values());
            }
        }
        if (cells.isEmpty()) {
            // Not one number (an unfilled form): the value row is the one without labels.
            rows.stream().filter(r -> r.labels().isEmpty() && !r.values().isEmpty()).reduce((a, b) -> b)
                    .ifPresent(r -> cells.addAll(r.values()));
        }
        int index = 0;
        for (ReviewLitigationLayout.Block block : ReviewLitigationLayout.BLOCKS) {
            for (Field field : ReviewLitigationLayout.FIELDS) {
                String path = PATH + "/" + block.key() + "/" + field.key();
                Cell cell = index < cells.size() ? cells.get(index) : null;
                values.put(path, ValueReader.read(cell, field, path, block.label(), findings));
                index++;
            }
        }
    }
}
