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
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The precomputed characters and phrases are the ones OpenCC changes, so skipping OpenCC without them changes nothing. */
class TraditionalCharsTest {

    @Test
    void theResourcesHoldExactlyWhatOpenCcChanges() throws IOException {
        BitSet alone = new BitSet();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String s = String.valueOf((char) c);
            if (!Character.isSurrogate((char) c) && !ZhConverterUtil.toSimple(s).equals(s)) {
                alone.set(c);
            }
        }
        // A phrase may change a character that alone stays (么麼 → 幺麽, 答覆 → 答复): the phrase is
        // kept with those characters.
        StringBuilder phrases = new StringBuilder();
        try (InputStream in = ZhConverterUtil.class.getResourceAsStream("/data/dictionary/TSPhrases.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                String[] entry = line.split("\t");
                String from = entry[0];
                String to = entry[1].split(" ")[0];
                StringBuilder staying = new StringBuilder();
                for (int i = 0; i < from.length(); i++) {
                    char c = from.charAt(i);
                    boolean changed = from.length() != to.length() || c != to.charAt(i);
                    if (changed && !alone.get(c) && staying.indexOf(String.valueOf(c)) < 0) {
                        staying.append(c);
                    }
                }
                if (!staying.isEmpty()) {
                    phrases.append(from).append('\t').append(staying).append('\n');
                }
            }
        }
        List<String> differing = new ArrayList<>();
        StringBuilder chars = new StringBuilder();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (alone.get(c)) {
                chars.append((char) c);
            }
            if (alone.get(c) != TraditionalChars.changesAlone((char) c)) {
                differing.add(String.format("U+%04X %c", c, c));
            }
        }
        String shipped = resource(TraditionalChars.PHRASES);
        if (!shipped.equals(phrases.toString())) {
            differing.add(TraditionalChars.PHRASES);
        }
        if (!differing.isEmpty()) {
            // opencc4j changed: the regenerated resources are written for copying over the old ones.
            Files.writeString(Path.of("target", TraditionalChars.CHARS), chars, StandardCharsets.UTF_8);
            Files.writeString(Path.of("target", TraditionalChars.PHRASES), phrases, StandardCharsets.UTF_8);
        }
        assertEquals(List.of(), differing, "copy target/" + TraditionalChars.CHARS + " and target/"
                + TraditionalChars.PHRASES + " to src/main/resources/org/xxgk/normalize/");
        assertEquals(List.of("答覆"), TraditionalChars.phrasesChanging('覆').stream().filter(p -> p.equals("答覆")).toList());
        assertTrue(TraditionalChars.phrasesChanging('盖').isEmpty());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TraditionalChars.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void textWithoutThemIsWhatOpenCcWouldMakeOfIt() throws IOException {
        List<String> texts = new ArrayList<>();
        Path testdata = Path.of("").toAbsolutePath().getParent().resolve("testdata");
        try (Stream<Path> files = Files.walk(testdata)) {
            for (Path f : files.filter(p -> p.toString().matches(".*\\.(txt|md|html|json)$")).sorted().toList()) {
                texts.addAll(new String(Files.readAllBytes(f), StandardCharsets.UTF_8).lines().toList());
            }
        }
        assertTrue(texts.size() > 10_000, "the lines of testdata: " + texts.size());
        int skipped = 0;
        for (String text : texts) {
            if (!TraditionalChars.anyIn(text)) {
                assertEquals(text, ZhConverterUtil.toSimple(text));
                skipped++;
            }
        }
        assertTrue(skipped > texts.size() / 2, "most lines need no OpenCC: " + skipped + " of " + texts.size());
        assertFalse(TraditionalChars.anyIn("二、主动公开政府信息情况"));
        assertTrue(TraditionalChars.anyIn("二、主動公開政府資訊情況"));
        assertEquals("二、主动公开政府资讯情况", Script.toSimplified("二、主動公開政府資訊情況"));
        assertEquals("行政复议", Script.toSimplified("行政複議"));
        // a character that alone stays: OpenCC only for a phrase that changes it
        assertFalse(TraditionalChars.anyIn("全覆盖推进基层公开"));
        assertTrue(TraditionalChars.anyIn("依申请答覆"));
        assertEquals("依申请答复", Script.toSimplified("依申请答覆"));
        assertEquals("全覆盖推进基层公开", Script.toSimplified("全覆盖推进基层公开"));
        // the phrase found wherever it stands: at the start, the end, around a repeated character
        assertTrue(TraditionalChars.anyIn("答覆"));
        assertTrue(TraditionalChars.anyIn("已反反覆覆"));
        assertTrue(TraditionalChars.anyIn("沈没的沈默"));
        assertFalse(TraditionalChars.anyIn("覆".repeat(200_000) + "盖"));
    }
}
