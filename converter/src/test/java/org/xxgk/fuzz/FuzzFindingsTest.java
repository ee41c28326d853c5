package org.xxgk.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.xxgk.Converter;
import org.xxgk.Limits;
import org.xxgk.OcrMode;
import org.xxgk.testing.JsonDocs;
import org.xxgk.testing.SchemaCheck;
import org.xxgk.write.ReportJson;

/**
 * What the fuzzer found, pinned down with the values expected now. FuzzTargets replays the same
 * inputs (they live in its inputs directory), but only checks that nothing breaks; these say what
 * the right answer is.
 */
class FuzzFindingsTest {

    private static final Converter CONVERTER = new Converter(Limits.DEFAULT, OcrMode.OFF);

    private static byte[] finding(String path) throws IOException {
        try (InputStream in = FuzzFindingsTest.class.getResourceAsStream("FuzzTargetsInputs/" + path)) {
            assertNotNull(in, path);
            return in.readAllBytes();
        }
    }

    private static JsonNode convert(byte[] bytes, String name) {
        JsonNode doc = JsonDocs.parse(ReportJson.write(CONVERTER.convert(bytes, name)));
        SchemaCheck.assertValid(doc);
        return doc;
    }

    /** The text seed 003 signed “3389年1月18日”: the year before it, 3388, broke the schema (at most 2100). */
    @Test
    void signOffYearOutsideTheSchemaGivesNoYear() throws IOException {
        byte[] input = finding("text/crash-7d73da3104504e5726d01fe624aacf366a18987b");
        String text = new String(input, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("金碧镇人民政府\n3389年1月18日"), "the input is the one the fuzzer wrote");

        JsonNode doc = convert(input, "report.txt");
        assertTrue(doc.at("/report/year").isNull(), doc.at("/report").toString());
        assertEquals("金碧镇政府信息公开工作年度报告", doc.at("/report/title").asText());
        assertEquals("金碧镇人民政府", doc.at("/report/issuer").asText());

        // The same report signed in a real year still gets the year before it.
        JsonNode signed = convert(text.replace("3389年1月18日", "2019年1月18日").getBytes(StandardCharsets.UTF_8), "report.txt");
        assertEquals(2018, signed.at("/report/year").asInt());
    }

    /** testdata/markdown/003.get-md.md signed “1010 年 1 月 18 日”: year 1009, below the schema's 1990. */
    @Test
    void signOffYearBeforeTheSchemaGivesNoYear() throws IOException {
        JsonNode doc = convert(finding("markdown/crash-3ae602e919352193dc180b8b35e5ab6a268f2e16"), "report.md");
        assertTrue(doc.at("/report/year").isNull(), doc.at("/report").toString());
        assertEquals("金碧镇人民政府", doc.at("/report/issuer").asText());
    }
}
