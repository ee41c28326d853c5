package org.xxgk.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.xxgk.grid.Cell;
import org.xxgk.layout.Field;
import org.xxgk.model.CellValue;
import org.xxgk.resolve.Alternative;
import org.xxgk.resolve.Choice;

/**
 * Rows of values that lost their label (a table cut into fragments by a PDF-to-Markdown tool, a
 * label printed in the paragraph before its numbers). They are placed by the labelled rows
 * around them: a run of such rows between two labelled rows can only fill the layout rows between
 * those two, in order. When there are exactly as many as there are free rows, the placement is
 * certain; otherwise every order-keeping placement is an alternative for the resolver, and a
 * label standing alone right before a row (its label, cut from it) narrows them. A row never has
 * its values moved along it.
 */
final class LooseRows {

    /** A layout row that takes values: its JSON pointer, its columns and its printed name. */
    record Target(String path, List<Field> fields, String name) {
    }

    private record Loose(RowCells row, String labelBefore) {
    }

    /** Most placements considered for one run; more means nothing can be settled. */
    private static final int MAX_PLACEMENTS = 1000;

    /** What the table held, in reading order: a labelled row's path, or a loose row. */
    private final List<Object> events = new ArrayList<>();
    /** The layout row a label standing without numbers just named: its numbers may follow. */
    private String labelBefore;

    /** A labelled row with numbers: a fixed point the loose rows are placed between. */
    void anchor(String path) {
        events.add(path);
        labelBefore = null;
    }

    /** A label without numbers (alone, or over empty cells): the next loose row may be its numbers. */
    void label(String path) {
        labelBefore = path;
    }

    /**
     * A row of numbers whose labels name no layout row. It is a loose row when it has no label of
     * its own (or only a piece of a group's label, 不予 / 公开) or when it follows a label standing
     * alone (the rest of that label, wrapped, is on its line); otherwise false: an unknown row.
     */
    boolean loose(RowCells row, boolean labelled) {
        boolean loose = !labelled || labelBefore != null;
        if (loose) {
            events.add(new Loose(row, labelBefore));
        }
        labelBefore = null;
        return loose;
    }

    boolean isEmpty() {
        return events.stream().noneMatch(Loose.class::isInstance);
    }

    /** One choice per run of loose rows, over the layout rows not filled by a labelled row. */
    List<Choice> choices(List<Target> targets, Set<String> filled, String sectionPath, String sectionName) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            index.put(targets.get(i).path(), i);
        }
        List<Choice> choices = new ArrayList<>();
        List<Loose> run = new ArrayList<>();
        int before = -1;
        List<Object> all = new ArrayList<>(events);
        all.add(null); // the end of the table closes the last run
        for (Object event : all) {
            if (event instanceof Loose loose) {
                run.add(loose);
                continue;
            }
            Integer at = event == null ? Integer.valueOf(targets.size()) : index.get((String) event);
            if (at == null) {
                continue; // a labelled row of the other form of （六）: no place in this layout
            }
            if (!run.isEmpty()) {
                List<Integer> free = new ArrayList<>();
                for (int i = before + 1; i < at; i++) {
                    if (!filled.contains(targets.get(i).path())) {
                        free.add(i);
                    }
                }
                choices.add(place(run, free, targets, index, sectionPath, sectionName));
                run = new ArrayList<>();
            }
            before = at;
        }
        return choices;
    }

    private static Choice place(List<Loose> run, List<Integer> free, List<Target> targets, Map<String, Integer> index,
                                String sectionPath, String sectionName) {
        List<int[]> placements = placements(run, free, targets, index, true);
        if (placements.isEmpty()) {
            placements = placements(run, free, targets, index, false);
        }
        List<Alternative> alternatives = new ArrayList<>();
        for (int[] placement : placements) {
            Map<String, CellValue> values = new LinkedHashMap<>();
            for (int r = 0; r < run.size(); r++) {
                Target target = targets.get(placement[r]);
                RowCells row = run.get(r).row().fitted(target.fields().size());
                for (int f = 0; f < target.fields().size(); f++) {
                    String path = target.path() + "/" + target.fields().get(f).key();
                    values.put(path, ValueReader.read(row.value(f), target.fields().get(f), path, target.name(), new ArrayList<>()));
                }
            }
            alternatives.add(new Alternative(values));
        }
        List<String> cells = new ArrayList<>();
        for (int i : free) {
            targets.get(i).fields().forEach(f -> cells.add(targets.get(i).path() + "/" + f.key()));
        }
        List<Choice.Piece> pieces = run.stream()
                .map(l -> new Choice.Piece(l.row().values().stream().map(Cell::text).map(String::strip)
                        .filter(t -> !t.isEmpty()).collect(Collectors.joining("、")), l.row().values().get(0).at()))
                .toList();
        return new Choice(Choice.Kind.PLACEMENT, sectionPath, sectionName, pieces, cells, alternatives, null);
    }

    /**
     * Every way to put the rows, in order, into distinct free layout rows they fit; with
     * {@code byLabels}, a row whose label stood just before it goes only to that layout row.
     */
    private static List<int[]> placements(List<Loose> run, List<Integer> free, List<Target> targets, Map<String, Integer> index,
                                          boolean byLabels) {
        List<int[]> out = new ArrayList<>();
        collect(run, free, targets, index, byLabels, 0, 0, new int[run.size()], out);
        return out.size() > MAX_PLACEMENTS ? List.of() : out;
    }

    private static void collect(List<Loose> run, List<Integer> free, List<Target> targets, Map<String, Integer> index,
                                boolean byLabels, int row, int from, int[] current, List<int[]> out) {
        if (out.size() > MAX_PLACEMENTS) {
            return;
        }
        if (row == run.size()) {
            out.add(current.clone());
            return;
        }
        for (int k = from; k <= free.size() - (run.size() - row); k++) {
            int target = free.get(k);
            Loose loose = run.get(row);
            Integer named = loose.labelBefore() == null ? null : index.get(loose.labelBefore());
            if (byLabels && named != null && free.contains(named) && named != target) {
                continue;
            }
            if (!fits(loose.row(), targets.get(target))) {
                continue;
            }
            current[row] = target;
            collect(run, free, targets, index, byLabels, row + 1, k + 1, current, out);
        }
    }

    /** A row fits a layout row with as many value cells (fewer for a short row of a wide one), one a number. */
    private static boolean fits(RowCells row, Target target) {
        int width = target.fields().size();
        int cells = row.fitted(width).values().size();
        return row.hasNumber() && cells <= width && (width == 1 || cells >= minimumCells(width));
    }

    /** A row of values needs at least half the layout row's cells; fewer are stray numbers, not a row. */
    static int minimumCells(int width) {
        return (width + 1) / 2;
    }
}
