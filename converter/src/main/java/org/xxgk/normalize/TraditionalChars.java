package org.xxgk.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * The characters OpenCC's traditional-to-simplified conversion (opencc4j) can change — alone, or
 * inside one of its phrases — precomputed into a resource, so that the question every conversion
 * asks (is there anything to convert?) is answered without loading OpenCC's dictionaries (half a
 * second and some 30 MB); they load only for text that has such a character. (The library's own
 * containsTraditional counts characters written alike in both scripts, and says yes to nearly
 * every report.) TraditionalCharsTest keeps the resource equal to what the library does.
 */
final class TraditionalChars {

    static final String RESOURCE = "traditional-chars.txt";

    private TraditionalChars() {
    }

    private static final class Holder {
        static final BitSet CHARS = load();
    }

    static boolean is(char c) {
        return Holder.CHARS.get(c);
    }

    static boolean anyIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Holder.CHARS.get(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static BitSet load() {
        try (InputStream in = TraditionalChars.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the converter's jar");
            }
            String chars = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            BitSet set = new BitSet(Character.MAX_VALUE + 1);
            chars.chars().forEach(set::set);
            return set;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
