package org.xxgk.layout;

import java.util.Optional;
import org.xxgk.normalize.LabelKey;
import org.xxgk.normalize.LabelMatcher;

/** Recognises the six section headings, with or without their 一、…六、 numbering. */
public final class SectionHeadings {

    /** Headings are short; a longer line that mentions a heading's words is body text. */
    private static final int MAX_HEADING_KEY_LENGTH = 30;
    /** Longer raw text cannot reduce to a heading, even with numbering and pinyin annotations. */
    private static final int MAX_HEADING_TEXT = 120;

    private static final LabelMatcher<Section> MATCHER = new LabelMatcher<>();

    static {
        for (Section section : Section.values()) {
            section.headings().forEach(h -> MATCHER.add(h, section));
        }
    }

    private SectionHeadings() {
    }

    public static Optional<Section> match(String line) {
        if (line.length() > MAX_HEADING_TEXT) {
            return Optional.empty(); // cheap test first: most lines are long body text
        }
        String key = LabelKey.of(line);
        if (key.length() > MAX_HEADING_KEY_LENGTH) {
            return Optional.empty();
        }
        return MATCHER.matchKey(key)
                .filter(m -> m.knownKey().length() >= key.length() - 2)
                .map(LabelMatcher.Match::target);
    }

    public static boolean isHeading(String line) {
        return match(line).isPresent();
    }
}
