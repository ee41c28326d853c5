package org.xxgk.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xxgk.grid.Cell;
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
import org.xxgk.resolve.Choice;

/**
 * Places the values of table 三: each row by its most specific label, the seven applicant
 * columns where the header puts them. （六）其他处理 is kept as the document gives it: three
 * sub-rows, or one row. Rows whose label was lost are placed by the labelled rows around them
 * ({@link LooseRows}); rows whose digits ran together are split by the resolver.
 */
final class ApplicationsAligner {

    private static final String PATH = "/" + ApplicationsLayout.SECTION;
    private static final String NAME = "第三部分表格";
    private static final Set<String> HEADER_ONLY = ApplicationsLayout.HEADER_WORDS.stream()
            .filter(w -> !w.equals("其他") && !w.equals("总计"))
            .map(LabelKey::of)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final String OTHER_HANDLING_PATH = PATH + "/outcomes/other_handling";
    private static final LabelMatcher<PathRow> LABELS = labels();

    /** What table 三 said about （六）其他处理. */
    record Result(boolean hasSubRows, boolean hasSingleRow) {
    }

    private ApplicationsAligner() {
    }

    /**
     * Aligns the parts of table 三 in reading order. {@code singleRowByDefault} is the form of
     * （六） to assume for rows without labels when no label says which form the table uses.
     */
    static Result align(List<Grid> parts, boolean singleRowByDefault, Map<String, CellValue> values, List<Finding> findings,
                        List<Choice> choices) {
        RowMatcher<PathRow> matcher = new RowMatcher<>(LABELS);
        Set<String> seen = new HashSet<>();
        Map<String, CellValue> singleRow = new LinkedHashMap<>();
        List<Finding> singleRowFindings = new ArrayList<>();
        List<Choice> singleRowChoices = new ArrayList<>();
        LooseRows loose = new LooseRows();
        boolean subRows = false;
        ValueColumns columns = null;
        for (Grid part : parts) {
            columns = ValueColumns.of(part, ApplicationsLayout.COLUMNS, columns);
            List<Cell> unnamed = List.of();
            for (List<Slot> slots : part.rows()) {
                RowCells row = RowCells.of(slots, columns).fitted(ApplicationsLayout.COLUMNS.size());
                if (isHeaderRow(row)) {
                    continue;
                }
                Optional<RowMatcher.Matched<PathRow>> matched = matcher.match(row.labels());
                if (row.hasNumber() && (matched.isEmpty() || matched.get().row().def().isGroup())) {
                    matched = matcher.matchJoined(unnamed, row.labels()).or(() -> matcher.match(row.labels()));
                }
                Optional<PathRow> leaf = matched.map(RowMatcher.Matched::row).filter(r -> !r.def().isGroup());
                unnamed = !row.hasNumber() && leaf.isEmpty() ? row.labels() : List.of();
                if (!row.hasNumber()) {
                    // A label without numbers: a group, a caption, a row left empty, or a label cut
                    // from its numbers (which may follow). An empty row is read as it stands until
                    // a row of numbers claims its place.
                    if (leaf.isPresent()) {
                        PathRow target = leaf.get();
                        // An empty row of the form (not a lone word such as the header's 其他) tells its layout.
                        subRows |= !row.values().isEmpty() && target.path().startsWith(OTHER_HANDLING_PATH + "/");
                        if (!row.values().isEmpty() && !seen.contains(target.path())) {
                            place(target, row, values, findings, choices);
                        }
                        loose.label(target.path());
                    }
                    continue;
                }
                boolean valueRow = leaf.isPresent() || (matched.isPresent() && isLoneOtherHandling(matched.get(), row));
                if (!valueRow) {
                    boolean labelled = row.labels().stream().anyMatch(l -> !isFragmentOfAGroup(l.text()));
                    boolean wide = row.values().size() >= LooseRows.minimumCells(ApplicationsLayout.COLUMNS.size());
                    if (!(wide && loose.loose(row, labelled))) {
                        RowMatcher.noteUnknown(row, PATH, NAME, findings);
                    }
                    continue;
                }
                PathRow target = matched.get().row();
                boolean single = target.def() == ApplicationsLayout.OTHER_HANDLING;
                subRows |= target.path().startsWith(OTHER_HANDLING_PATH + "/");
                if (!seen.add(target.path())) {
                    RowMatcher.noteDuplicate(matched.get(), target.path(), findings);
                    continue;
                }
                loose.anchor(target.path());
                Map<String, CellValue> into = single ? singleRow : values;
                List<Finding> notes = single ? singleRowFindings : findings;
                RowMatcher.noteFuzzy(matched.get(), target.path(), target.def().label(), notes);
                place(target, row, into, notes, single ? singleRowChoices : choices);
            }
        }
        // Sub-rows win: a document that has them uses the three-row layout.
        if (!subRows) {
            values.putAll(singleRow);
            findings.addAll(singleRowFindings);
            choices.addAll(singleRowChoices);
        }
        boolean singleForm = !subRows && (!singleRow.isEmpty() || singleRowByDefault);
        if (!loose.isEmpty()) {
            List<LooseRows.Target> targets = ApplicationsLayout.valueRows(singleForm).stream()
                    .map(r -> new LooseRows.Target(r.path(), ApplicationsLayout.COLUMNS, ApplicationsLayout.rowName(r.path())))
                    .toList();
            Set<String> filled = new HashSet<>(seen);
            choices.addAll(loose.choices(targets, filled, PATH, NAME));
        }
        return new Result(subRows, !singleRow.isEmpty());
    }

    private static void place(PathRow target, RowCells row, Map<String, CellValue> into, List<Finding> notes, List<Choice> choices) {
        List<Field> columns = ApplicationsLayout.COLUMNS;
        if (row.runTogether()) {
            List<String> paths = columns.stream().map(c -> target.path() + "/" + c.key()).toList();
            choices.add(RunTogetherValues.choice(row.values(), paths, columns, target.path(), target.def().label(), into));
            return;
        }
        for (int i = 0; i < columns.size(); i++) {
            Field column = columns.get(i);
            String path = target.path() + "/" + column.key();
            into.put(path, ValueReader.read(row.value(i), column, path, target.def().label(), notes));
        }
    }

    /**
     * A column-header row, first or repeated after a page break. Its 其他 and 总计 would otherwise
     * read as the row labels 3.其他 and （七）总计.
     */
    private static boolean isHeaderRow(RowCells row) {
        return row.labels().stream().map(c -> LabelKey.of(c.text())).anyMatch(HEADER_ONLY::contains);
    }

    /**
     * A piece of a group's label (不予 / 公开 of （三）不予公开 printed down its column) or a bare
     * number (（三）): it names no row, so a row of numbers carrying only such labels is loose.
     */
    private static boolean isFragmentOfAGroup(String label) {
        String key = LabelKey.of(label);
        if (key.isEmpty() || key.chars().allMatch(c -> "一二三四五六七八九十0123456789".indexOf(c) >= 0)) {
            return true;
        }
        return GROUP_KEYS.stream().anyMatch(g -> g.contains(key) && !g.equals(key));
    }

    private static final List<String> GROUP_KEYS = groupKeys();

    private static List<String> groupKeys() {
        List<String> keys = new ArrayList<>();
        for (RowDef group : ApplicationsLayout.OUTCOMES.children()) {
            if (group.isGroup()) {
                keys.add(LabelKey.of(group.label()));
            }
        }
        keys.add(LabelKey.of(ApplicationsLayout.OUTCOMES.label()));
        return List.copyOf(keys);
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
