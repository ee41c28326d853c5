package org.xxgk.align;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xxgk.grid.Block;
import org.xxgk.layout.SectionHeadings;
import org.xxgk.model.ReportInfo;
import org.xxgk.normalize.Pinyin;
import org.xxgk.normalize.Script;
import org.xxgk.normalize.Tidy;
import org.xxgk.normalize.Width;

/**
 * Title, issuer and year from the text before the first section heading and from the sign-off.
 * Everything is kept in the document's own script; matching is done on a simplified copy.
 */
final class ReportInfoExtractor {

    private static final int MAX_TITLE_LENGTH = 60;
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;
    /** A title line this short (年度报告, 工作年度报告) is the end of a title wrapped over two lines. */
    private static final int SHORT_TITLE = 6;
    private static final Pattern LEADING_YEAR = Pattern.compile("^\\s*(?:19|20)\\d{2}\\s*年度?\\s*");
    private static final Pattern TITLE_LINE = Pattern.compile(".{0,50}年度报告");
    private static final Pattern PUBLISHED_TITLE = Pattern.compile("公布(.{2,40}?政府信息公开工作年度报告)");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern PERIOD_END = Pattern.compile("((?:19|20)\\d{2})年(?:1月1日至(?:\\d{4}年)?)?12月31日");
    private static final Pattern ISSUER_BEFORE_YEAR = Pattern.compile("^(.+?)(?:(?:19|20)\\d{2}\\s*年|政府信息公开)");
    private static final Pattern BARE_NAME = Pattern.compile("[^，。,.;；:：!！?？、]{2,25}");

    private ReportInfoExtractor() {
    }

    static ReportInfo extract(List<Block> blocks, SignOff signOff) {
        List<String> preamble = new ArrayList<>();
        for (Block block : blocks) {
            if (!(block instanceof Block.Paragraph p)) {
                break;
            }
            String text = Tidy.trim(Pinyin.strip(p.text()));
            if (SectionHeadings.isHeading(text)) {
                break;
            }
            preamble.add(text);
        }
        String title = null;
        String issuer = signOff.issuer();
        for (int i = 0; i < preamble.size() && title == null; i++) {
            String line = preamble.get(i);
            if (line.length() <= MAX_TITLE_LENGTH && TITLE_LINE.matcher(simplified(line)).matches()) {
                title = line;
                if (line.length() <= SHORT_TITLE && i > 0 && !preamble.get(i - 1).endsWith("。")
                        && preamble.get(i - 1).length() + line.length() <= MAX_TITLE_LENGTH) {
                    title = preamble.get(i - 1) + line; // a title wrapped before its last words (…工作 / 年度报告)
                }
                if (Width.fold(line).matches("^\\d{4}\\s*年.*") && i > 0 && BARE_NAME.matcher(preamble.get(i - 1)).matches()) {
                    title = preamble.get(i - 1) + line;
                }
            }
        }
        for (int i = 0; i < preamble.size() && title == null; i++) {
            title = sameLengthGroup(PUBLISHED_TITLE, preamble.get(i));
        }
        if (issuer == null && title != null) {
            // 2024 年上海市科委政府信息公开工作年度报告: the issuer follows a leading year
            issuer = sameLengthGroup(ISSUER_BEFORE_YEAR, LEADING_YEAR.matcher(title).replaceFirst(""));
        }
        return new ReportInfo(title, issuer, year(title, preamble, signOff), null);
    }

    private static Integer year(String title, List<String> preamble, SignOff signOff) {
        if (title != null) {
            Matcher m = YEAR.matcher(Width.fold(title));
            if (m.find() && plausible(Integer.parseInt(m.group(1)))) {
                return Integer.valueOf(m.group(1));
            }
        }
        for (String line : preamble) {
            Matcher m = PERIOD_END.matcher(Width.fold(line).replaceAll("\\s+", ""));
            if (m.find() && plausible(Integer.parseInt(m.group(1)))) {
                return Integer.valueOf(m.group(1));
            }
        }
        // Reports are signed early in the year after the one they cover.
        Integer signed = signOff.signedYear();
        return signed != null && plausible(signed - 1) ? signed - 1 : null;
    }

    /**
     * Within the years report.year may hold (docs/schema): a date like 3389年1月18日 is a typo or a
     * damaged file, and no year is better than one that breaks the schema.
     */
    private static boolean plausible(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** Group 1 of the pattern found in the simplified text, cut from the original text. */
    private static String sameLengthGroup(Pattern pattern, String original) {
        String simple = simplified(original);
        Matcher m = pattern.matcher(simple);
        if (!m.find()) {
            return null;
        }
        String group = simple.length() == original.length() ? original.substring(m.start(1), m.end(1)) : m.group(1);
        return Tidy.trim(group);
    }

    private static String simplified(String text) {
        return Script.toSimplified(text);
    }
}
