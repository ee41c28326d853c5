package org.xxgk.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What OpenCC's traditional-to-simplified conversion (opencc4j) can change, precomputed into two
 * resources, so that the question every conversion asks (is there anything to convert?) is
 * answered without loading OpenCC's dictionaries (half a second and some 80 MB): the characters
 * it changes on their own, and its phrases that change a character which on its own stays
 * (覆 stays in 全覆盖 but becomes 复 in 答覆). The dictionaries load only for text that has one of
 * those characters or phrases. (The library's own containsTraditional counts characters written
 * alike in both scripts, and says yes to nearly every report.) TraditionalCharsTest keeps both
 * resources equal to what the library does.
 */
final class TraditionalChars {

    static final String CHARS = "traditional-chars.txt";
    static final String PHRASES = "traditional-phrases.txt";

    private TraditionalChars() {
    }

    private static final class Holder {
        static final BitSet ALONE = chars();
        /** Each phrase under every character of it that alone stays but in the phrase changes. */
        static final Map<Character, List<String>> PHRASES = phrases();
        /** The keys of PHRASES, asked first: most characters of a text are in no phrase, and a map lookup would box each. */
        static final BitSet IN_PHRASES = new BitSet(Character.MAX_VALUE + 1);

        static {
            PHRASES.keySet().forEach(IN_PHRASES::set);
        }
    }

    static boolean changesAlone(char c) {
        return Holder.ALONE.get(c);
    }

    static List<String> phrasesChanging(char c) {
        return Holder.PHRASES.getOrDefault(c, List.of());
    }

    static boolean anyIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Holder.ALONE.get(c)) {
                return true;
            }
            if (Holder.IN_PHRASES.get(c)) {
                for (String phrase : Holder.PHRASES.get(c)) {
                    if (phraseAt(text, i, phrase, c)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code phrase} stands in {@code text} over position {@code i}, which holds its
     * character {@code c}: looked up around that place only, so a text full of 覆 costs no more
     * than its length times the few phrases of each character.
     */
    private static boolean phraseAt(String text, int i, String phrase, char c) {
        for (int k = phrase.indexOf(c); k >= 0; k = phrase.indexOf(c, k + 1)) {
            if (i - k >= 0 && text.regionMatches(i - k, phrase, 0, phrase.length())) {
                return true;
            }
        }
        return false;
    }

    private static BitSet chars() {
        BitSet set = new BitSet(Character.MAX_VALUE + 1);
        read(CHARS).chars().forEach(set::set);
        return set;
    }

    private static Map<Character, List<String>> phrases() {
        Map<Character, List<String>> phrases = new HashMap<>();
        read(PHRASES).lines().filter(line -> !line.isEmpty()).forEach(line -> {
            String[] entry = line.split("\t");
            for (char c : entry[1].toCharArray()) {
                phrases.computeIfAbsent(c, k -> new ArrayList<>()).add(entry[0]);
            }
        });
        return phrases;
    }

    private static String read(String resource) {
        try (InputStream in = TraditionalChars.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the converter's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
