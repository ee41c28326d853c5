package org.xxgk.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The precomputed characters and phrases are what OpenCC does, so converting character by
 * character where no such phrase stands gives OpenCC's own result.
 */
class TraditionalCharsTest {

    @Test
    void theResourcesHoldExactlyWhatOpenCcDoes() throws IOException {
        StringBuilder chars = new StringBuilder();
        char[] alone = new char[Character.MAX_VALUE + 1];
        List<String> notOneCharacter = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String s = String.valueOf((char) c);
            String simplified = Character.isSurrogate((char) c) ? s : ZhConverterUtil.toSimple(s);
            if (!simplified.equals(s)) {
                if (simplified.length() != 1) {
                    notOneCharacter.add(s + " → " + simplified);
                }
                alone[c] = simplified.charAt(0);
                chars.append((char) c).append('\t').append(simplified).append('\n');
            }
        }
        assertEquals(List.of(), notOneCharacter, "every character OpenCC changes alone becomes one character");
        // A phrase of OpenCC's traditional table that its characters alone would not give (反覆 →
        // 反复 while 覆 stays, 乾乾淨淨 → 干干净净 while 乾 stays): the text holding it goes to OpenCC.
        StringBuilder phrases = new StringBuilder();
        for (String line : dictionary("TSPhrases.txt")) {
            String[] entry = line.split("\t");
            String to = entry[1].split(" ")[0];
            StringBuilder byCharacter = new StringBuilder();
            entry[0].chars().forEach(c -> byCharacter.append(alone[c] == 0 ? (char) c : alone[c]));
            if (!byCharacter.toString().equals(to)) {
                phrases.append(entry[0]).append('\t').append(to).append('\n');
            }
        }
        boolean same = chars.toString().equals(resource(TraditionalChars.CHARS)) && phrases.toString().equals(resource(TraditionalChars.PHRASES));
        if (!same) {
            // opencc4j changed: the regenerated resources are written for copying over the old ones.
            Files.writeString(Path.of("target", TraditionalChars.CHARS), chars, StandardCharsets.UTF_8);
            Files.writeString(Path.of("target", TraditionalChars.PHRASES), phrases, StandardCharsets.UTF_8);
        }
        assertTrue(same, "copy target/" + TraditionalChars.CHARS + " and target/" + TraditionalChars.PHRASES
                + " to src/main/resources/org/xxgk/normalize/");
        assertEquals('复', TraditionalChars.simplified('複'));
        assertEquals('覆', TraditionalChars.simplified('覆'));
        assertTrue(TraditionalChars.phraseAt("依申请答覆", 3));
        assertFalse(TraditionalChars.phraseAt("依申请答覆", 2));
    }

    @Test
    void theConversionIsOpenCcs() throws IOException {
        List<String> texts = new ArrayList<>();
        Path testdata = Path.of("").toAbsolutePath().getParent().resolve("testdata");
        try (Stream<Path> files = Files.walk(testdata)) {
            for (Path f : files.filter(p -> p.toString().matches(".*\\.(txt|md|html|json)$")).sorted().toList()) {
                texts.addAll(new String(Files.readAllBytes(f), StandardCharsets.UTF_8).lines().toList());
            }
        }
        assertTrue(texts.size() > 10_000, "the lines of testdata: " + texts.size());
        // Every phrase of OpenCC's tables, both ways, within a text: where one of them is cut
        // from the text, OpenCC converts it by its table.
        for (String table : List.of("TSPhrases.txt", "STPhrases.txt")) {
            for (String line : dictionary(table)) {
                for (String phrase : line.split("[\t ]")) {
                    texts.add("在" + phrase + "中");
                }
            }
        }
        // Every character alone and beside others; characters beyond the BMP stay as OpenCC leaves them.
        IntStream.rangeClosed(0, Character.MAX_VALUE).filter(c -> !Character.isSurrogate((char) c))
                .forEach(c -> texts.add(String.valueOf((char) c)));
        for (String line : dictionary("TSCharacters.txt")) {
            texts.add("第" + line.replaceAll("[\t ]", "") + "条");
        }
        List<String> differing = new ArrayList<>();
        for (String text : texts) {
            String expected = ZhConverterUtil.toSimple(text);
            if (!Script.toSimplified(text).equals(expected)) {
                differing.add(text + " → " + Script.toSimplified(text) + ", OpenCC: " + expected);
            }
        }
        assertEquals(List.of(), differing.stream().limit(20).toList(), differing.size() + " texts differ");
        assertTrue(texts.size() > 150_000, "texts compared: " + texts.size());

        assertEquals("二、主动公开政府资讯情况", Script.toSimplified("二、主動公開政府資訊情況"));
        assertEquals("行政复议", Script.toSimplified("行政複議"));
        assertEquals("依申请答复", Script.toSimplified("依申请答覆"));
        assertEquals("全覆盖推进基层公开", Script.toSimplified("全覆盖推进基层公开"));
        assertEquals("已反反复复", Script.toSimplified("已反反覆覆"));
        String long覆 = "覆".repeat(200_000) + "盖";
        assertEquals(long覆, Script.toSimplified(long覆));
    }

    /** A report in traditional script (the 黔南州 one) is converted without OpenCC's dictionaries: it holds none of the phrases. */
    @Test
    void aReportInTraditionalScriptNeedsNoOpenCc() throws IOException {
        Path report = Path.of("").toAbsolutePath().getParent().resolve("testdata/html/002.html");
        String text = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(text.chars().filter(c -> TraditionalChars.changesAlone((char) c)).count() > 500, "traditional script");
        assertEquals(List.of(), IntStream.range(0, text.length()).filter(i -> TraditionalChars.phraseAt(text, i)).boxed().toList());
    }

    private static List<String> dictionary(String name) throws IOException {
        try (InputStream in = ZhConverterUtil.class.getResourceAsStream("/data/dictionary/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TraditionalChars.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
