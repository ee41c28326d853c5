package org.xxgk.align;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xxgk.grid.Cell;
import org.xxgk.grid.Provenance;
import org.xxgk.grid.Reading;
import org.xxgk.layout.Arithmetic;
import org.xxgk.layout.Equation;
import org.xxgk.layout.Field;
import org.xxgk.model.CellValue;
import org.xxgk.normalize.Width;
import org.xxgk.resolve.Alternative;
import org.xxgk.resolve.Choice;
import org.xxgk.resolve.DigitSplits;

/**
 * A row whose values ran together (规章000, 行政规范性文件6233440) becomes a choice between the
 * ways its digits split into the row's columns, left to the resolver. Its cells hold a
 * placeholder with the raw run until then.
 */
final class RunTogetherValues {

    /** Splits enumerated before a run counts as too ambiguous to settle. */
    private static final int MAX_SPLITS = 200_000;

    private RunTogetherValues() {
    }

    /**
     * The choice for the value cells of one row (or, for table 四, of the whole table), filling
     * {@code paths} with {@code fields}; {@code path} and {@code subject} name it in findings.
     */
    static Choice choice(List<Cell> cells, List<String> paths, List<Field> fields, String path, String subject,
                         Map<String, CellValue> values) {
        List<DigitSplits.Piece> pieces = new ArrayList<>();
        StringBuilder raw = new StringBuilder();
        List<String> found = new ArrayList<>(); // the cells' text as found, which every value split from them came from
        Provenance at = Provenance.UNKNOWN;
        for (Cell cell : cells) {
            if (cell == null || cell.isBlank()) {
                continue;
            }
            at = at == Provenance.UNKNOWN ? cell.at() : at;
            found.add(cell.text().strip());
            boolean run = cell.reading().kind() == Reading.Kind.RUN_TOGETHER;
            String text = run ? valueCharacters(cell.text()) : cell.text().strip();
            raw.append(raw.isEmpty() ? "" : " ").append(text);
            for (String piece : run ? text.split(" +") : new String[] {text}) {
                pieces.add(new DigitSplits.Piece(piece, !run));
            }
        }
        List<org.xxgk.layout.ValueKind> kinds = fields.stream().map(Field::kind).toList();
        List<Alternative> alternatives = new ArrayList<>();
        DigitSplits.Result splits = DigitSplits.of(pieces, kinds, totals(paths), MAX_SPLITS);
        if (!splits.exhausted()) {
            for (List<String> split : splits.splits()) {
                alternatives.add(alternative(split, paths, fields, subject, at, String.join(" ", found)));
            }
        }
        List<String> literal = DigitSplits.literal(pieces, fields.size());
        for (String p : paths) {
            values.put(p, new CellValue(null, raw.toString(), at, Reading.RUN_TOGETHER, null));
        }
        return new Choice(Choice.Kind.SPLIT, path, subject, List.of(new Choice.Piece(raw.toString(), at)), paths, alternatives,
                literal == null ? null : alternative(literal, paths, fields, subject, at, String.join(" ", found)));
    }

    /**
     * The equations of the form lying wholly within these cells whose total comes after its parts
     * (a row's 总计, a review block's 总计), as the split search uses them to cut its work.
     */
    private static List<DigitSplits.Total> totals(List<String> paths) {
        List<DigitSplits.Total> totals = new ArrayList<>();
        for (Equation e : Arithmetic.equations(false)) {
            int target = paths.indexOf(e.target());
            List<Integer> parts = e.plus().stream().map(paths::indexOf).toList();
            if (target >= 0 && e.minus().isEmpty() && parts.stream().allMatch(p -> p >= 0 && p < target)) {
                totals.add(new DigitSplits.Total(target, parts));
            }
        }
        return totals;
    }

    private static Alternative alternative(List<String> split, List<String> paths, List<Field> fields, String subject, Provenance at,
                                           String found) {
        Map<String, CellValue> values = new LinkedHashMap<>();
        for (int i = 0; i < split.size(); i++) {
            Cell cell = new Cell(split.get(i), 1, 1, at, Reading.RUN_TOGETHER);
            CellValue v = ValueReader.read(cell, fields.get(i), paths.get(i), subject, new ArrayList<>());
            values.put(paths.get(i), new CellValue(v.number(), found, v.at(), v.reading(), v.unsettled()));
        }
        return new Alternative(values);
    }

    /** The run's digits, signs and decimal points, full-width folded, separators other than spaces dropped. */
    static String valueCharacters(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : Width.fold(text).toCharArray()) {
            if ((c >= '0' && c <= '9') || c == '.' || c == '+' || c == '-') {
                out.append(c);
            } else if (c == '−' || c == '－') {
                out.append('-');
            } else if (Character.isWhitespace(c) && !out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                // a space or line break that survived is a certain cut between values
                out.append(' ');
            }
        }
        return out.toString().strip();
    }
}
