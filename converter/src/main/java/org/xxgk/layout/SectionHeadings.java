package org.xxgk.layout;

import java.util.List;
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

    /**
     * A numbered top-level heading the official outline does not have (二、工作机制保障), as reports
     * that name their own sections print them: it ends the section before it.
     */
    public static boolean isOtherTopLevel(String line) {
        return OTHER_TOP_LEVEL.matcher(line.strip()).matches() && !isHeading(line);
    }

    /**
     * Where a numbered section heading (三、收到和处理政府信息公开申请情况) stands inside a longer line,
     * as converters that run a page's text together leave it: {start, end} of the first one, or null.
     */
    public static int[] findNumbered(String line) {
        int[] best = null;
        for (java.util.regex.Pattern p : NUMBERED) {
            java.util.regex.Matcher m = p.matcher(line);
            if (m.find() && (best == null || m.start() < best[0])) {
                best = new int[] {m.start(), m.end()};
            }
        }
        return best;
    }

    private static final List<java.util.regex.Pattern> NUMBERED = numbered();

    private static List<java.util.regex.Pattern> numbered() {
        List<java.util.regex.Pattern> out = new java.util.ArrayList<>();
        for (Section section : Section.values()) {
            for (String heading : section.headings()) {
                StringBuilder regex = new StringBuilder("[一二三四五六七][\\s　]*[、.．][\\s　]*");
                heading.codePoints().forEach(cp -> regex.append(java.util.regex.Pattern.quote(new String(Character.toChars(cp))))
                        .append("[\\s　]*"));
                out.add(java.util.regex.Pattern.compile(regex.toString()));
            }
        }
        return List.copyOf(out);
    }

    private static final java.util.regex.Pattern OTHER_TOP_LEVEL =
            java.util.regex.Pattern.compile("[一二三四五六七八九十]{1,2}、[^。，；,;：:]{2,30}");
}
