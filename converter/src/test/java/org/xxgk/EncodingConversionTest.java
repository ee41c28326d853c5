package org.xxgk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.detect.TextCharsets;
import org.xxgk.normalize.Pinyin;
import org.xxgk.testing.JsonDocs;
import org.xxgk.testing.TestFiles;
import org.xxgk.write.ReportJson;

/**
 * The same text in another encoding gives the same JSON, byte for byte, but for the file's hash:
 * the seeds in GBK, GB18030, Big5 and UTF-16 without a byte order mark, and the test web pages in
 * GBK with no charset declared or a wrong one.
 */
class EncodingConversionTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset BIG5 = Charset.forName("Big5");

    static Stream<String> seeds() throws IOException {
        return SeedConversionTest.seeds();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void seedInEveryChineseEncodingGivesTheSameJson(String seed) throws IOException {
        String text = Files.readString(TestFiles.shared("seeds/" + seed), StandardCharsets.UTF_8);
        String utf8 = json(text.getBytes(StandardCharsets.UTF_8), seed);
        List<Charset> encodings = new ArrayList<>(List.of(TextCharsets.GB18030, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE));
        if (encodable(text, GBK)) {
            encodings.add(GBK);
        }
        for (Charset charset : encodings) {
            assertEquals(utf8, json(text.getBytes(charset), seed), seed + " in " + charset);
        }
    }

    /**
     * Big5 has no simplified characters and no pinyin letters: the seed in traditional script
     * without its pinyin readings is the text Big5 can carry, read once as UTF-8 and once as Big5.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void seedInTraditionalScriptAsBig5GivesTheSameJson(String seed) throws IOException {
        String text = Files.readString(TestFiles.shared("seeds/" + seed), StandardCharsets.UTF_8);
        String traditional = ZhConverterUtil.toTraditional(Pinyin.strip(text));
        StringBuilder big5Safe = new StringBuilder();
        CharsetEncoder encoder = BIG5.newEncoder();
        traditional.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            big5Safe.append(encoder.canEncode(c) ? c : "?");
        });
        String utf8 = json(big5Safe.toString().getBytes(StandardCharsets.UTF_8), seed);
        assertEquals(utf8, json(big5Safe.toString().getBytes(BIG5), seed), seed + " in Big5");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void strayBadByteInUtf8IsOneReplacedCharacter(String seed) throws IOException {
        byte[] utf8 = Files.readAllBytes(TestFiles.shared("seeds/" + seed));
        // A byte that can never be UTF-8, dropped into the first words of section 一.
        JsonNode clean = JsonDocs.parse(json(utf8, seed));
        String overview = clean.at("/narrative/overview").asText("");
        String text = new String(utf8, StandardCharsets.UTF_8);
        String words = overview.substring(0, Math.min(6, overview.length()));
        int at = words.isEmpty() ? 0 : text.indexOf(words) + words.length();
        byte[] damaged = new byte[utf8.length + 1];
        int byteAt = text.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        System.arraycopy(utf8, 0, damaged, 0, byteAt);
        damaged[byteAt] = (byte) 0xFF;
        System.arraycopy(utf8, byteAt, damaged, byteAt + 1, utf8.length - byteAt);
        JsonNode read = JsonDocs.parse(json(damaged, seed));
        for (String part : List.of("/report", "/active_disclosure", "/applications", "/review_litigation", "/findings", "/status")) {
            assertEquals(clean.at(part), read.at(part), seed + " " + part);
        }
        if (!words.isEmpty()) {
            assertEquals(words + "\uFFFD" + overview.substring(words.length()), read.at("/narrative/overview").asText(), seed);
        }
    }

    static Stream<String> pages() {
        return Stream.of("000", "002", "003", "004");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void webPageInGbkWithoutOrWithAWrongCharsetGivesTheSameJson(String page) throws IOException {
        Path file = TestFiles.testdata("html/" + page + ".html");
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        String utf8 = json(html.getBytes(StandardCharsets.UTF_8), file.getFileName().toString());
        String undeclared = html.replace("<meta charset=\"utf-8\">", "");
        String gb2312Declared = html.replace("<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">");
        Charset gb = encodable(html, GBK) ? GBK : TextCharsets.GB18030;
        assertEquals(utf8, json(undeclared.getBytes(gb), file.getFileName().toString()), "no charset declared");
        assertEquals(utf8, json(html.getBytes(gb), file.getFileName().toString()), "utf-8 declared, GBK bytes");
        assertEquals(utf8, json(gb2312Declared.getBytes(TextCharsets.GB18030), file.getFileName().toString()), "gb2312 declared");
        assertEquals(utf8, json(gb2312Declared.getBytes(StandardCharsets.UTF_8), file.getFileName().toString()), "gb2312 declared, UTF-8 bytes");
    }

    /** The canonical JSON with the hash of the input left out (it is the one thing that must differ). */
    private static String json(byte[] bytes, String name) {
        JsonNode doc = JsonDocs.parse(ReportJson.write(new Converter().convert(bytes, name)));
        ((ObjectNode) doc.get("source")).put("sha256", "");
        return doc.toPrettyString();
    }

    private static boolean encodable(String text, Charset charset) {
        return charset.newEncoder().canEncode(text);
    }

    /**
     * Text in GB18030 is binary to Tika's magic; a file name saying Word or PDF must not make it
     * a Word file or a PDF (the reader for that format would only fail): it is read as the
     * Markdown it is, with the same values.
     */
    @org.junit.jupiter.api.Test
    void aWrongNameOnLegacyEncodedTextDoesNotMakeItAnotherFormat(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path original = TestFiles.testdata("encoding/004-turndown-gb18030.txt");
        JsonNode expected = JsonDocs.read(TestFiles.testdata("encoding/004-turndown-gb18030.txt.expected.json"));
        for (String name : List.of("报告.doc", "报告.pdf", "报告.xls", "报告")) {
            Path renamed = Files.copy(original, dir.resolve(name));
            JsonNode doc = ConversionTestSupport.convert(renamed);
            assertEquals("text/markdown", doc.at("/source/media_type").asText(), name);
            for (String part : List.of("/report", "/active_disclosure", "/applications", "/review_litigation", "/narrative", "/findings", "/status")) {
                JsonDocs.assertSameDocument(expected.at(part), doc.at(part));
            }
        }
    }
}
