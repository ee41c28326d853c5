package org.xxgk.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xxgk.grid.Block;
import org.xxgk.grid.Cell;
import org.xxgk.grid.Grid;
import org.xxgk.grid.Provenance;
import org.xxgk.grid.Reading;
import org.xxgk.layout.ActiveDisclosureLayout;
import org.xxgk.layout.ApplicationsLayout;
import org.xxgk.layout.ReviewLitigationLayout;
import org.xxgk.layout.RowDef;
import org.xxgk.layout.Section;
import org.xxgk.layout.Template;
import org.xxgk.layout.TableVocabulary;
import org.xxgk.normalize.LabelKey;
import org.xxgk.normalize.Pinyin;
import org.xxgk.normalize.Script;
import org.xxgk.normalize.Width;

/**
 * Tables whose cells ran together in running text, as copying or scraping a web page leaves them
 * (规章000行政规范性文件6233440, 一、本年新收政府信息公开申请数量21710000218, a whole table on one
 * line). The official row labels are found in the text (under the section's heading, which may be
 * in the same line), and the digits after each label become one run-together cell of that row,
 * for the resolver to split. Read only for a section the document has no table for.
 */
final class RunTogetherText {

    /** Fewer rows of digits than this under a heading is a sentence that mentions a row, not a table. */
    private static final int MIN_ROWS = 2;
    /** A run followed by one of these is a count in a sentence (行政许可3386件), not a cell. */
    private static final String PROSE_AFTER = "件项个次条人户万元亿，,。；;：:、";

    private record Word(String key, String label, boolean row) {
    }

    private record Found(Word word, int start, int end) {
    }

    private RunTogetherText() {
    }

    /** Tables rebuilt from the paragraphs, for the sections in {@code wanted}. */
    static Map<Section, Grid> tables(List<Block> blocks, Set<Section> wanted) {
        Map<Section, Grid> out = new EnumMap<>(Section.class);
        if (wanted.isEmpty()) {
            return out;
        }
        Text text = Text.of(blocks);
        if (text == null) {
            return out;
        }
        for (Section section : wanted) {
            List<List<Cell>> rows = new ArrayList<>();
            for (int[] segment : text.segments(section)) {
                rows.addAll(rows(section, text, segment[0], segment[1]));
            }
            long valueRows = rows.stream().filter(r -> r.stream().anyMatch(c -> c.reading().kind() == Reading.Kind.RUN_TOGETHER)).count();
            boolean enough = section == Section.REVIEW_LITIGATION ? valueRows >= 1 : valueRows >= MIN_ROWS;
            if (enough) {
                out.put(section, Grid.fromRows(rows));
            }
        }
        return out;
    }

    /** The rows of one stretch of text under a section heading. */
    private static List<List<Cell>> rows(Section section, Text text, int from, int to) {
        List<Word> vocabulary = vocabulary(section);
        List<Found> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            Found best = null;
            for (Word w : vocabulary) {
                if (text.keys.startsWith(w.key(), i) && i + w.key().length() <= to
                        && (best == null || w.key().length() > best.word().key().length())) {
                    best = new Found(w, i, i + w.key().length());
                }
            }
            if (best != null) {
                found.add(best);
                i = best.end();
            } else {
                i++;
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> header = new ArrayList<>();
        StringBuilder blockRun = new StringBuilder();
        Provenance blockAt = null;
        for (int k = 0; k < found.size(); k++) {
            Found f = found.get(k);
            int runFrom = text.position(f.end() - 1) + 1;
            int runTo = k + 1 < found.size() ? text.position(found.get(k + 1).start()) : text.position(to - 1) + 1;
            String run = run(text.normalized, runFrom, runTo);
            Provenance at = text.at(runFrom);
            if (section == Section.REVIEW_LITIGATION) {
                header.add(Cell.of(f.word().label(), at));
                if (!run.isEmpty()) {
                    blockRun.append(blockRun.isEmpty() ? "" : " ").append(run);
                    blockAt = blockAt == null ? at : blockAt;
                }
                continue;
            }
            if (!f.word().row() || run.isEmpty()) {
                header.add(Cell.of(f.word().label(), text.at(text.position(f.start()))));
                continue;
            }
            if (!header.isEmpty()) {
                rows.add(List.copyOf(header));
                header.clear();
            }
            rows.add(List.of(Cell.of(f.word().label(), text.at(text.position(f.start()))), new Cell(run, 1, 1, at, Reading.RUN_TOGETHER)));
        }
        if (!header.isEmpty()) {
            rows.add(List.copyOf(header));
        }
        if (blockRun.length() > 0) {
            rows.add(List.of(new Cell(blockRun.toString(), 1, 1, blockAt, Reading.RUN_TOGETHER)));
        }
        return rows;
    }

    /**
     * The digits right after a label, up to the next word: closing brackets and quotes skipped,
     * spaces kept (they are certain cuts), and a last digit dropped when it is the next row's
     * number (…00000003.补正后申请内容仍不明确).
     */
    private static String run(String text, int from, int to) {
        int i = from;
        // Closing brackets, quotes and the wrappers some converters put round numbers ((^3001 53 …)).
        while (i < to && !Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) != '+' && text.charAt(i) != '-'
                && text.charAt(i) != '\n') {
            i++;
        }
        int start = i;
        // A point belongs to the run only as a decimal point (625.0499), never as "3." numbering a row.
        while (i < to && isValueChar(text.charAt(i)) && (text.charAt(i) != '.' || (i + 1 < to && Character.isDigit(text.charAt(i + 1))))) {
            if (text.charAt(i) == '\n' && !valuesOnly(text, i + 1)) {
                break; // the run goes on to the next line only when that line is nothing but values
            }
            i++;
        }
        String run = text.substring(start, i).strip();
        if (run.isEmpty() || run.chars().noneMatch(Character::isDigit)) {
            return "";
        }
        int next = i;
        while (next < to && text.charAt(next) == ' ') {
            next++;
        }
        if (next < text.length() && ".．、".indexOf(text.charAt(next)) >= 0 && Character.isDigit(run.charAt(run.length() - 1))) {
            // The last digit numbers the next row (…00000003.补正后, 1 、申请人…), not this one.
            return RunTogetherValues.valueCharacters(run.substring(0, run.length() - 1));
        }
        if (next < text.length() && PROSE_AFTER.indexOf(text.charAt(next)) >= 0) {
            return ""; // a count in a sentence (行政许可3386件)
        }
        return RunTogetherValues.valueCharacters(run);
    }

    private static boolean valuesOnly(String text, int lineStart) {
        int end = text.indexOf('\n', lineStart);
        String line = text.substring(lineStart, end < 0 ? text.length() : end).strip();
        return !line.isEmpty() && line.chars().allMatch(c -> isValueChar((char) c));
    }

    private static boolean isValueChar(char c) {
        return (c >= '0' && c <= '9') || c == '.' || c == '+' || c == '-' || c == ' ' || c == '\t' || c == '\n' || c == ',';
    }

    /** The row labels and header words of a section, as keys, longest first. */
    private static List<Word> vocabulary(Section section) {
        Set<Word> words = new LinkedHashSet<>();
        switch (section) {
            case ACTIVE_DISCLOSURE -> {
                for (Template t : Template.values()) {
                    for (ActiveDisclosureLayout.Row row : ActiveDisclosureLayout.rows(t)) {
                        row.def().names().forEach(n -> words.add(new Word(LabelKey.of(n), row.def().label(), true)));
                    }
                }
            }
            case APPLICATIONS -> addRows(ApplicationsLayout.ROOT, words);
            default -> {
            }
        }
        List<String> headers = new ArrayList<>(TableVocabulary.words());
        headers.addAll(List.of("本年收费金额（单位：万元）", "本年增/减"));
        for (String h : headers) {
            words.add(new Word(LabelKey.of(h), h, false));
        }
        if (section == Section.REVIEW_LITIGATION) {
            ReviewLitigationLayout.HEADER_WORDS.forEach(h -> words.add(new Word(LabelKey.of(h), h, false)));
        }
        if (section == Section.APPLICATIONS) {
            ApplicationsLayout.HEADER_WORDS.stream().filter(h -> !h.equals("其他") && !h.equals("总计"))
                    .forEach(h -> words.add(new Word(LabelKey.of(h), h, false)));
        }
        return words.stream().filter(w -> !w.key().isEmpty())
                .sorted(Comparator.comparingInt((Word w) -> -w.key().length())).toList();
    }

    private static void addRows(RowDef def, Set<Word> words) {
        for (RowDef child : def.children()) {
            child.names().forEach(n -> words.add(new Word(LabelKey.of(n), child.label(), !child.isGroup()
                    || child == ApplicationsLayout.OTHER_HANDLING)));
            addRows(child, words);
        }
    }

    /**
     * The document's paragraphs as one normalised text (simplified script, half-width, no pinyin),
     * its letters and digits alone as keys, and where each paragraph starts.
     */
    private static final class Text {
        private final String normalized;
        private final String keys;
        private final int[] keyPosition;
        private final List<Integer> starts;
        private final List<Provenance> provenance;

        private Text(String normalized, String keys, int[] keyPosition, List<Integer> starts, List<Provenance> provenance) {
            this.normalized = normalized;
            this.keys = keys;
            this.keyPosition = keyPosition;
            this.starts = starts;
            this.provenance = provenance;
        }

        static Text of(List<Block> blocks) {
            StringBuilder text = new StringBuilder();
            List<Integer> starts = new ArrayList<>();
            List<Provenance> at = new ArrayList<>();
            for (Block block : blocks) {
                if (block instanceof Block.Paragraph p) {
                    starts.add(text.length());
                    at.add(p.at());
                    text.append(Script.toSimplified(Width.fold(Pinyin.strip(p.text())))).append('\n');
                }
            }
            if (text.isEmpty()) {
                return null;
            }
            StringBuilder keys = new StringBuilder();
            int[] position = new int[text.length()];
            for (int i = 0; i < text.length(); i++) {
                if (Character.isLetterOrDigit(text.charAt(i))) {
                    position[keys.length()] = i;
                    keys.append(text.charAt(i));
                }
            }
            return new Text(text.toString(), keys.toString(), position, starts, at);
        }

        /** Position in the normalised text of a key character. */
        int position(int key) {
            return keyPosition[Math.max(0, Math.min(key, keys.length() - 1))];
        }

        Provenance at(int position) {
            int p = 0;
            while (p + 1 < starts.size() && starts.get(p + 1) <= position) {
                p++;
            }
            return provenance.get(p);
        }

        /** Stretches of keys from each occurrence of the section's heading to the next heading of any section. */
        List<int[]> segments(Section section) {
            List<int[]> headings = new ArrayList<>();
            for (Section s : Section.values()) {
                for (String heading : s.headings()) {
                    String key = LabelKey.of(heading);
                    for (int i = keys.indexOf(key); i >= 0; i = keys.indexOf(key, i + 1)) {
                        headings.add(new int[] {i, i + key.length(), s.ordinal()});
                    }
                }
            }
            headings.sort(Comparator.comparingInt(h -> h[0]));
            List<int[]> out = new ArrayList<>();
            for (int h = 0; h < headings.size(); h++) {
                if (headings.get(h)[2] == section.ordinal()) {
                    int end = h + 1 < headings.size() ? headings.get(h + 1)[0] : keys.length();
                    out.add(new int[] {headings.get(h)[1], end});
                }
            }
            return out;
        }
    }
}
