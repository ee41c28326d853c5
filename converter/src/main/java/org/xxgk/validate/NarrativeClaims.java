package org.xxgk.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xxgk.normalize.Script;
import org.xxgk.normalize.Width;

/**
 * Reads the numbers a report's narrative states about its own tables (共收到政府信息公开申请6件,
 * 上年结转13件, 行政复议2件, 废止行政规范性文件3件) with patterns for the common phrasings. Only
 * phrasings that name one table row are read; a clause that breaks a number down (其中…, 各1件), a
 * sentence about other channels (咨询, 热线, 信箱…) or about cases in general (案件 without
 * 信息公开) is skipped rather than guessed at.
 */
final class NarrativeClaims {

    /** A number the text states, the row it is about, and the words that state it. */
    record Claim(Stated target, BigDecimal value, String words) {
    }

    /** The rows (or, for lawsuits, the pair of blocks) a statement can be about. */
    enum Stated {
        RECEIVED, CARRIED_OVER, CONCLUDED, CARRIED_FORWARD, REVIEWS, LAWSUITS,
        NORMATIVE_ISSUED, NORMATIVE_REPEALED, NORMATIVE_IN_FORCE, REGULATIONS_ISSUED, REGULATIONS_REPEALED
    }

    private record Phrase(Stated target, Pattern pattern) {
    }

    private static final String N = "(\\d[\\d,]*)";
    private static final String GAP = "[^\\d]{0,12}?";

    private static final List<Phrase> APPLICATION_PHRASES = List.of(
            new Phrase(Stated.RECEIVED, Pattern.compile(
                    "(?:收到|新收|新接收|接收|受理|接到)((?:(?!结转|办结|答复)[^\\d]){0,20}?申请(?:(?!结转|办结|答复)[^\\d]){0,8}?)" + N + "件")),
            new Phrase(Stated.CARRIED_OVER, Pattern.compile("上一?年度?(?:的)?结转" + GAP + N + "件")),
            new Phrase(Stated.CONCLUDED, Pattern.compile("(?:办结|办理完毕)(?![率])(?:(?!结转)[^\\d率]){0,10}?" + N + "件")),
            new Phrase(Stated.CARRIED_FORWARD, Pattern.compile("结转至?下一?年度?" + GAP + N + "件")));

    private static final String DOCUMENT = "(?:行政)?规范性文件(?:共计|共|合计)?";
    private static final List<Phrase> DOCUMENT_PHRASES = List.of(
            new Phrase(Stated.NORMATIVE_ISSUED, Pattern.compile(
                    "(?:新制发|制发|新制定|制定|出台|印发|新增|发布)" + DOCUMENT + N + "件")),
            new Phrase(Stated.NORMATIVE_REPEALED, Pattern.compile("废止" + DOCUMENT + N + "件")),
            new Phrase(Stated.NORMATIVE_IN_FORCE, Pattern.compile("现行有效(?:的)?" + DOCUMENT + N + "件")),
            new Phrase(Stated.REGULATIONS_ISSUED, Pattern.compile(
                    "(?:新制发|制发|新制定|制定|出台|印发|发布)(?:政府)?规章(?:共计|共|合计)?" + N + "件")),
            new Phrase(Stated.REGULATIONS_REPEALED, Pattern.compile("废止(?:政府)?规章(?:共计|共|合计)?" + N + "件")));

    /** Between the words and the number: nothing naming an outcome or the other kind of case. */
    private static final String CASE_GAP = "((?:(?!诉讼|复议|纠正|纠错|维持|撤销|败诉|胜诉|确认违法|和|及|与|或)[^\\d]){0,8}?)";
    private static final List<Phrase> CASE_PHRASES = List.of(
            new Phrase(Stated.REVIEWS, Pattern.compile("行政复议" + CASE_GAP + N + "(?:件|起|次|宗)")),
            new Phrase(Stated.LAWSUITS, Pattern.compile("行政诉讼" + CASE_GAP + N + "(?:件|起|次|宗)")));

    /** Sentences about other channels than applications under the regulation. */
    private static final Pattern OTHER_CHANNELS = Pattern.compile("咨询|热线|12345|信箱|来信|来电|留言|投诉|建议|提案|办件|转办");
    /** A count that includes last year's carried-over applications is not the year's new ones. */
    private static final Pattern INCLUDES_CARRIED = Pattern.compile("(?:含|包括|包含)[^。]*结转");
    /** 各1件, 分别为…: one number standing for several rows. */
    private static final Pattern EACH = Pattern.compile("各\\d|均为\\d|分别");
    private static final Pattern PARENTHESES = Pattern.compile("[(（][^()（）]*[)）]");

    private NarrativeClaims() {
    }

    static List<Claim> read(String text) {
        List<Claim> claims = new ArrayList<>();
        if (text == null) {
            return claims;
        }
        String plain = Width.fold(Script.toSimplified(text));
        for (String sentence : plain.split("[。！？!?；;\\n]")) {
            read(PARENTHESES.matcher(sentence).replaceAll(""), claims);
        }
        return claims;
    }

    private static void read(String sentence, List<Claim> claims) {
        boolean applications = sentence.contains("申请") && !OTHER_CHANNELS.matcher(sentence).find();
        boolean cases = !sentence.contains("案件") || sentence.contains("信息公开");
        boolean includesCarried = INCLUDES_CARRIED.matcher(sentence).find();
        for (String clause : sentence.split("[，,、：:]")) {
            String c = clause.strip();
            if (c.startsWith("其中")) {
                return; // the rest of the sentence breaks a number down, by unit or by kind
            }
            if (EACH.matcher(c).find()) {
                continue; // one number standing for several rows
            }
            if (applications) {
                for (Phrase phrase : APPLICATION_PHRASES) {
                    if (!(includesCarried && phrase.target() == Stated.RECEIVED)) {
                        find(phrase, c, claims);
                    }
                }
            }
            if (cases) {
                CASE_PHRASES.forEach(phrase -> find(phrase, c, claims));
            }
            DOCUMENT_PHRASES.forEach(phrase -> find(phrase, c, claims));
        }
    }

    private static void find(Phrase phrase, String clause, List<Claim> claims) {
        Matcher m = phrase.pattern().matcher(clause);
        while (m.find()) {
            String digits = m.group(m.groupCount()).replace(",", "");
            claims.add(new Claim(phrase.target(), new BigDecimal(digits), m.group()));
        }
    }
}
