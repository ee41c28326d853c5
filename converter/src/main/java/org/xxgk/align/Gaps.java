package org.xxgk.align;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xxgk.grid.Cell;
import org.xxgk.grid.Provenance;
import org.xxgk.layout.Field;
import org.xxgk.model.CellValue;
import org.xxgk.resolve.Alternative;
import org.xxgk.resolve.Choice;

/**
 * Values that lost some of their cells at places unknown (14 numbers for table 四's 15 cells,
 * printed without the blank one): every way to keep their order while leaving the missing cells
 * out is an alternative; the resolver keeps the cells all fitting ones agree on.
 */
final class Gaps {

    /** Most ways of placing the values considered; more means nothing can be settled. */
    private static final int MAX_ALTERNATIVES = 5000;

    private Gaps() {
    }

    static Choice choice(List<Cell> cells, List<String> paths, List<Field> fields, List<String> labels, String path, String subject) {
        List<Alternative> alternatives = new ArrayList<>();
        collect(cells, paths, fields, labels, 0, 0, new int[cells.size()], alternatives);
        Provenance at = cells.isEmpty() ? Provenance.UNKNOWN : cells.get(0).at();
        String raw = String.join(" ", cells.stream().map(c -> c.text().strip()).map(t -> t.isEmpty() ? "（空）" : t).toList());
        return new Choice(Choice.Kind.GAPS, path, subject, List.of(new Choice.Piece(raw, at)), paths,
                alternatives.size() > MAX_ALTERNATIVES ? List.of() : alternatives, null);
    }

    private static void collect(List<Cell> cells, List<String> paths, List<Field> fields, List<String> labels, int cell, int from,
                                int[] position, List<Alternative> out) {
        if (out.size() > MAX_ALTERNATIVES) {
            return;
        }
        if (cell == cells.size()) {
            Map<String, CellValue> values = new LinkedHashMap<>();
            for (String p : paths) {
                values.put(p, new CellValue(null, "", Provenance.UNKNOWN));
            }
            for (int i = 0; i < cells.size(); i++) {
                int p = position[i];
                values.put(paths.get(p), ValueReader.read(cells.get(i), fields.get(p), paths.get(p), labels.get(p), new ArrayList<>()));
            }
            out.add(new Alternative(values));
            return;
        }
        for (int p = from; p <= paths.size() - (cells.size() - cell); p++) {
            position[cell] = p;
            collect(cells, paths, fields, labels, cell + 1, p + 1, position, out);
        }
    }
}
