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
 * What OpenCC's traditional-to-simplified conversion (opencc4j) does, precomputed into two
 * resources: what it makes of each character on its own, and the phrases of its dictionary that
 * it converts otherwise than character by character (反覆 → 反复, while 覆 alone stays). OpenCC
 * cuts a text into its dictionary's phrases and converts each phrase found in its traditional
 * phrase table by that table, every other piece character by character; so a text without one of
 * those phrases is converted right here, character by character, and OpenCC's dictionaries (half
 * a second and some 80 MB to load, and a slow phrase cutting) are needed only for a text with one.
 * TraditionalCharsTest keeps both resources equal to what the library does.
 */
final class TraditionalChars {

    /** Lines of a character, a tab and what OpenCC makes of it alone, for every character it changes. */
    static final String CHARS = "traditional-chars.txt";
    /** Lines of a phrase OpenCC converts otherwise than its characters, a tab and its conversion. */
    static final String PHRASES = "traditional-phrases.txt";

    private TraditionalChars() {
    }

    private static final class Holder {
        /** The simplified form of each character OpenCC changes on its own; 0 for the others. */
        static final char[] SIMPLIFIED = chars();
        /** The phrases, under their first character. */
        static final Map<Character, List<String>> PHRASES = phrases();
        /** The keys of PHRASES, asked first: most characters begin no phrase, and a map lookup would box each. */
        static final BitSet STARTS_PHRASE = new BitSet(Character.MAX_VALUE + 1);

        static {
            PHRASES.keySet().forEach(STARTS_PHRASE::set);
        }
    }

    /** What OpenCC makes of {@code c} on its own. */
    static char simplified(char c) {
        char s = Holder.SIMPLIFIED[c];
        return s == 0 ? c : s;
    }

    static boolean changesAlone(char c) {
        return Holder.SIMPLIFIED[c] != 0;
    }

    /** Whether one of the phrases OpenCC converts otherwise than character by character begins at {@code i}. */
    static boolean phraseAt(String text, int i) {
        char c = text.charAt(i);
        if (!Holder.STARTS_PHRASE.get(c)) {
            return false;
        }
        for (String phrase : Holder.PHRASES.get(c)) {
            if (text.startsWith(phrase, i)) {
                return true;
            }
        }
        return false;
    }

    private static char[] chars() {
        char[] simplified = new char[Character.MAX_VALUE + 1];
        read(CHARS).lines().filter(line -> !line.isEmpty()).forEach(line -> simplified[line.charAt(0)] = line.charAt(2));
        return simplified;
    }

    private static Map<Character, List<String>> phrases() {
        Map<Character, List<String>> phrases = new HashMap<>();
        read(PHRASES).lines().filter(line -> !line.isEmpty()).forEach(line -> {
            String phrase = line.substring(0, line.indexOf('\t'));
            phrases.computeIfAbsent(phrase.charAt(0), k -> new ArrayList<>()).add(phrase);
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
