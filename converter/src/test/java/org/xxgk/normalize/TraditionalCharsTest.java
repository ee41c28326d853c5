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

/** The precomputed characters are the ones OpenCC changes, so skipping OpenCC without them changes nothing. */
class TraditionalCharsTest {

    @Test
    void theResourceHoldsExactlyTheCharactersOpenCcChanges() throws IOException {
        BitSet changed = new BitSet();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String s = String.valueOf((char) c);
            if (!Character.isSurrogate((char) c) && !ZhConverterUtil.toSimple(s).equals(s)) {
                changed.set(c);
            }
        }
        // A phrase may change a character that alone stays (么麼 → 幺麽): its changed positions count.
        try (InputStream in = ZhConverterUtil.class.getResourceAsStream("/data/dictionary/TSPhrases.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                String[] entry = line.split("\t");
                String from = entry[0];
                String to = entry[1].split(" ")[0];
                for (int i = 0; i < from.length(); i++) {
                    if (from.length() != to.length() || from.charAt(i) != to.charAt(i)) {
                        changed.set(from.charAt(i));
                    }
                }
            }
        }
        List<String> differing = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (changed.get(c)) {
                current.append((char) c);
            }
            if (changed.get(c) != TraditionalChars.is((char) c)) {
                differing.add(String.format("U+%04X %c", c, c));
            }
        }
        if (!differing.isEmpty()) {
            // opencc4j changed: the regenerated resource is written for copying over the old one.
            Path fresh = Path.of("target", TraditionalChars.RESOURCE);
            Files.writeString(fresh, current, StandardCharsets.UTF_8);
        }
        assertEquals(List.of(), differing, "copy target/" + TraditionalChars.RESOURCE + " to src/main/resources/org/xxgk/normalize/");
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
    }
}
