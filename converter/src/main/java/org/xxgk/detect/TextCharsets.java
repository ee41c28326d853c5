package org.xxgk.detect;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decides how the bytes of a text document are decoded: a text dump, a web page, a MIME part, an
 * RTF code page. Chinese reports arrive in UTF-8, GBK/GB18030, Big5 and UTF-16, often without a
 * byte order mark and with a declared charset that lies. The order: a byte order mark; UTF-16
 * told by its zero bytes; UTF-8 when it decodes cleanly (or with a stray bad byte in otherwise
 * clean UTF-8); the declared charset only when it decodes cleanly; then juniversalchardet's
 * guess, checked by decoding strictly, with GB18030 and Big5 as the candidates it may miss.
 * GB2312 and GBK are read as GB18030, their superset, so no character is lost.
 */
public final class TextCharsets {

    public static final Charset GB18030 = Charset.forName("GB18030");
    /** Windows' Big5 (code page 950), a superset of plain Big5 that Taiwanese and Hong Kong tools write. */
    public static final Charset BIG5 = supported("x-windows-950", "Big5");

    /** How much of a document the decision looks at; the chosen charset then decodes the whole. */
    private static final int SAMPLE = 64 * 1024;
    /** Controls other than tab, line breaks and form feed in text are rare; many mean binary. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    /** Decoded text, the charset it was read in, and how many bad byte sequences were replaced. */
    public record Decoded(String text, Charset charset, int replaced) {
    }

    private TextCharsets() {
    }

    /**
     * The text of the bytes, or null when they are no text in any charset considered (binary, or
     * too damaged to read). {@code declared} is what the document says of itself, if anything.
     */
    public static Decoded decode(byte[] bytes, String declared) {
        Choice choice = choose(bytes, declared);
        if (choice == null) {
            return null;
        }
        if (choice.whole != null) {
            return new Decoded(choice.whole, choice.charset, 0); // clean and hardly a control: acceptable
        }
        int skip = bomLength(bytes, choice.charset);
        Lenient result = lenient(bytes, skip, bytes.length - skip, choice.charset);
        if (!acceptable(result, bytes.length)) {
            return null;
        }
        return new Decoded(result.text, choice.charset, result.replaced);
    }

    /** True when the bytes read as text in some charset (what detection asks of a file Tika calls binary). */
    public static boolean isText(byte[] bytes) {
        int length = Math.min(bytes.length, SAMPLE);
        byte[] head = length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length);
        Choice choice = choose(head, null);
        if (choice == null) {
            return false;
        }
        if (choice.whole != null) {
            return true;
        }
        int skip = bomLength(head, choice.charset);
        return acceptable(lenient(head, skip, head.length - skip, choice.charset), head.length);
    }

    /**
     * True when the bytes have the shape of text (hardly a control byte) even if no charset reads
     * them: such a file is text that cannot be decoded, not a binary format.
     */
    public static boolean looksLikeText(byte[] bytes) {
        int length = Math.min(bytes.length, SAMPLE);
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
                controls++;
            }
        }
        return length > 0 && controls <= length * MAX_CONTROL_SHARE;
    }

    /** The charset a declaration names (gb2312 → GB18030), or null when it names none Java knows. */
    public static Charset named(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT).replace("_", "-");
        switch (n) {
            case "gb2312", "gbk", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn", "gb-2312", "csgb2312", "hz-gb-2312", "gb18030" -> {
                return GB18030;
            }
            case "big5", "big-5", "cp950", "ms950", "windows-950", "x-windows-950", "big5-hkscs" -> {
                return BIG5;
            }
            default -> {
                try {
                    return Charset.forName(n);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return null;
                }
            }
        }
    }

    /**
     * The charset chosen, and the whole text when deciding already decoded all of it strictly (the
     * sample was the whole document, with no bad sequence and hardly a control): a clean decoding
     * is what the lenient one would give, so it is not done twice.
     */
    private record Choice(Charset charset, String whole) {

        static Choice of(Charset charset) {
            return charset == null ? null : new Choice(charset, null);
        }
    }

    private static Choice choose(byte[] all, String declared) {
        Charset bom = byBom(all);
        if (bom != null) {
            return Choice.of(bom);
        }
        byte[] bytes = all.length <= SAMPLE ? all : java.util.Arrays.copyOf(all, SAMPLE);
        boolean cut = bytes.length < all.length;
        Charset utf16 = utf16ByZeros(bytes);
        if (utf16 != null && decodesCleanly(bytes, utf16, cut) != null && readableShare(bytes, utf16) >= 0.9) {
            return Choice.of(utf16);
        }
        String utf8 = decodesCleanly(bytes, StandardCharsets.UTF_8, cut);
        if (utf8 != null) {
            return new Choice(StandardCharsets.UTF_8, cut ? null : utf8);
        }
        if (mostlyUtf8(bytes)) {
            return Choice.of(StandardCharsets.UTF_8);
        }
        List<Charset> candidates = new ArrayList<>();
        Charset stated = named(declared);
        if (stated != null && !stated.equals(StandardCharsets.UTF_8)) {
            candidates.add(stated);
        }
        Charset guessed = named(guess(bytes));
        // A single-byte guess (windows-1252, KOI8-R) decodes any bytes and is never a Chinese report's.
        if (guessed != null && isMultiByte(guessed) && !guessed.equals(StandardCharsets.UTF_8) && !candidates.contains(guessed)) {
            candidates.add(guessed);
        }
        List<Charset> clean = new ArrayList<>();
        for (Charset c : candidates) {
            String text = decodesCleanly(bytes, c, cut);
            if (text != null) {
                return new Choice(c, cut ? null : text); // the document's own word or the detector's, confirmed by a clean decoding
            }
        }
        for (Charset c : List.of(GB18030, BIG5)) {
            if (decodesCleanly(bytes, c, cut) != null) {
                clean.add(c);
            }
        }
        if (clean.size() == 1) {
            return Choice.of(clean.get(0));
        }
        if (clean.size() == 2) {
            // Big5 bytes also decode as GB18030, into kana, Greek and private-use characters.
            return Choice.of(hanziShare(bytes, BIG5) > hanziShare(bytes, GB18030) ? BIG5 : GB18030);
        }
        // Nothing decodes cleanly: the candidate with fewest bad sequences, if they are few.
        Charset best = null;
        int fewest = Integer.MAX_VALUE;
        for (Charset c : List.of(StandardCharsets.UTF_8, GB18030, BIG5)) {
            int replaced = lenient(bytes, 0, bytes.length, c).replaced;
            if (replaced < fewest) {
                best = c;
                fewest = replaced;
            }
        }
        return Choice.of(best);
    }

    private static boolean isMultiByte(Charset charset) {
        return charset.newEncoder().maxBytesPerChar() > 1;
    }

    private static String guess(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector(null);
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    private static Charset byBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0x84 && (b[1] & 0xFF) == 0x31 && (b[2] & 0xFF) == 0x95 && (b[3] & 0xFF) == 0x33) {
            return GB18030;
        }
        return null;
    }

    private static int bomLength(byte[] b, Charset charset) {
        if (byBom(b) == null || !byBom(b).equals(charset)) {
            return 0;
        }
        return charset.equals(StandardCharsets.UTF_8) ? 3 : charset.equals(GB18030) ? 4 : 2;
    }

    /**
     * UTF-16 without a byte order mark: the ASCII in a report (digits, line breaks, bars) puts a
     * zero byte on one side of every such character, while only a few Chinese characters (一
     * U+4E00, the ideographic space U+3000) put one on the other side.
     */
    private static Charset utf16ByZeros(byte[] b) {
        int pairs = b.length / 2;
        if (pairs < 2) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i + 1 < b.length; i += 2) {
            if (b[i] == 0) {
                evenZeros++;
            }
            if (b[i + 1] == 0) {
                oddZeros++;
            }
        }
        int enough = Math.max(2, pairs / 100);
        if (oddZeros >= enough && evenZeros <= oddZeros / 2) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros >= enough && oddZeros <= evenZeros / 2) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * Clean UTF-8 but for a few stray bytes (a copy-paste accident, a cut in the middle of a
     * character): many well-formed multi-byte sequences and only a handful of bad ones.
     */
    private static boolean mostlyUtf8(byte[] b) {
        int good = 0;
        int bad = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int need = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (need == 0) {
                i++;
                continue;
            }
            boolean ok = need > 0;
            for (int k = 1; ok && k <= need; k++) {
                ok = i + k < b.length && (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                good++;
                i += need + 1;
            } else {
                bad++;
                i++;
            }
        }
        return bad > 0 && good >= 20 * bad && bad <= 16;
    }

    /**
     * The text of a strict decoding with hardly a control in it (empty for a sample cut from a
     * longer file, which may end in the middle of a character), or null.
     */
    private static String decodesCleanly(byte[] bytes, Charset charset, boolean cut) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 16);
        CoderResult result = decoder.decode(in, out, !cut);
        if (result.isError()) {
            return null;
        }
        if (!cut && decoder.flush(out).isError()) {
            return null;
        }
        char[] chars = out.array();
        int length = out.position();
        int controls = 0;
        for (int i = 0; i < length; i++) {
            controls += isControl(chars[i]) ? 1 : 0;
        }
        if (length > 0 && (double) controls / length > MAX_CONTROL_SHARE) {
            return null;
        }
        return cut ? "" : new String(chars, 0, length); // a cut sample's text is not the document's
    }

    private record Lenient(String text, int replaced) {
    }

    private static Lenient lenient(byte[] bytes, int offset, int length, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate(length + 16);
        int replaced = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                break;
            }
            if (result.isOverflow()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
                out.flip();
                bigger.put(out);
                out = bigger;
                continue;
            }
            replaced++;
            if (out.remaining() < 1) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
                out.flip();
                bigger.put(out);
                out = bigger;
            }
            out.put('\uFFFD');
            in.position(Math.min(in.limit(), in.position() + result.length()));
        }
        decoder.flush(out);
        out.flip();
        return new Lenient(out.toString(), replaced);
    }

    /** Few enough bad sequences and control characters to be text someone wrote. */
    private static boolean acceptable(Lenient decoded, int byteLength) {
        return decoded.replaced <= Math.max(2, byteLength / 500) && controlShare(decoded.text) <= MAX_CONTROL_SHARE;
    }

    private static double controlShare(String text) {
        if (text.length() == 0) {
            return 0;
        }
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            controls += isControl(text.charAt(i)) ? 1 : 0;
        }
        return (double) controls / text.length();
    }

    private static boolean isControl(char c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f';
    }

    /** The share of characters that are printable ASCII, line breaks, Chinese characters or CJK punctuation. */
    private static double readableShare(byte[] bytes, Charset charset) {
        String text = lenient(bytes, 0, bytes.length, charset).text;
        int readable = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t' || isHanziOrPunctuation(c)) {
                readable++;
            }
        }
        return text.isEmpty() ? 0 : (double) readable / text.length();
    }

    private static boolean isHanziOrPunctuation(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
                || (c >= 0x2010 && c <= 0x206F);
    }

    /** The share of non-ASCII characters that are Chinese characters or CJK punctuation. */
    private static double hanziShare(byte[] bytes, Charset charset) {
        String text;
        try {
            text = charset.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = lenient(bytes, 0, bytes.length, charset).text;
        }
        int other = 0;
        int hanzi = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (isHanziOrPunctuation(c)) {
                hanzi++;
            } else {
                other++;
            }
        }
        return hanzi + other == 0 ? 0 : (double) hanzi / (hanzi + other);
    }

    private static Charset supported(String preferred, String fallback) {
        return Charset.isSupported(preferred) ? Charset.forName(preferred) : Charset.forName(fallback);
    }
}
