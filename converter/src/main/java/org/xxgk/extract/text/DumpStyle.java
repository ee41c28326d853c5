package org.xxgk.extract.text;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The table styles of text dumps, told apart by counting the lines typical of each. */
enum DumpStyle {
    TRAILING_PIPE(TrailingPipeReader::new, t -> t.endsWith("|") && !t.startsWith("|") && t.length() > 1),
    LEADING_PIPE(LeadingPipeReader::new, t -> t.startsWith("|") && t.length() > 1 && t.charAt(t.length() - 1) != '|'),
    TAB_INDENTED(TabIndentedReader::new, t -> false);

    /** Fewer typical lines than this and the dump is taken to hold no table in that style. */
    private static final int MIN_LINES = 4;

    private final Supplier<DumpReader> reader;
    private final Predicate<String> typicalTrimmedLine;

    DumpStyle(Supplier<DumpReader> reader, Predicate<String> typicalTrimmedLine) {
        this.reader = reader;
        this.typicalTrimmedLine = typicalTrimmedLine;
    }

    DumpReader reader() {
        return reader.get();
    }

    static DumpStyle detect(List<Line> lines) {
        int trailing = 0;
        int leading = 0;
        int tabbed = 0;
        for (Line line : lines) {
            String t = line.trimmed();
            if (TRAILING_PIPE.typicalTrimmedLine.test(t)) {
                trailing++;
            } else if (LEADING_PIPE.typicalTrimmedLine.test(t)) {
                leading++;
            }
            if (line.text().startsWith("\t") && !t.isEmpty()) {
                tabbed++;
            }
        }
        if (trailing >= MIN_LINES && trailing >= leading && trailing >= tabbed) {
            return TRAILING_PIPE;
        }
        if (leading >= MIN_LINES && leading >= tabbed) {
            return LEADING_PIPE;
        }
        // With no table lines at all, the tab reader still reads every line as a paragraph.
        return TAB_INDENTED;
    }
}
