package org.xxgk.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

    /**
     * testdata/odf/004.ods with four bytes of its mimetype entry overwritten (…opendocument.spread,
     * control bytes, t; the CRC no longer matches): detection took the entry as the media type, and
     * the report's source.media_type broke the schema. Now it is a damaged package.
     */
    @Test
    void garbledOpenDocumentMimetypeIsADamagedPackage() throws IOException {
        JsonNode doc = convert(finding("ods/crash-7029273eeaeeed6bb5155824c4f3126683f30f0e"), "report.ods");
        assertEquals("application/zip", doc.at("/source/media_type").asText());
        assertEquals("failed", doc.get("status").asText());
        assertEquals("unreadable", doc.at("/findings/0/rule").asText());
        assertEquals("OpenDocument表格（.ods）已损坏或不完整，无法读取", doc.at("/findings/0/message").asText());
    }

    /**
     * testdata/html/004.html with a few bytes changed: the review and litigation row lost five of
     * its fifteen numbers, so thousands of placements of the ten zeros all fit the arithmetic. The
     * solver hashed a whole choice (every alternative, every value) at every step of its search and
     * for every fitting combination, up to 100,000 of them: 3.5 to 8.5 s for this page, and more
     * than the fuzzing limit of 10 s while fuzzing.
     */
    @Test
    void manyFittingPlacementsInHtmlAreSettledWithinTheFuzzingLimit() throws IOException {
        assertUnsettledReviewRow(finding("html/timeout-3f9653b475f77722e8ac89a8f92c88339c39e3f8"), "report.html");
    }

    /** testdata/office/004.doc damaged the same way (ten zeros for fifteen cells): 15 to 60 s a conversion. */
    @Test
    void manyFittingPlacementsInDocAreSettledWithinTheFuzzingLimit() throws IOException {
        assertUnsettledReviewRow(finding("doc/timeout-08932a277bd47eaae70a49991d4ee75f9dfbbc38"), "report.doc");
    }

    private static void assertUnsettledReviewRow(byte[] input, String name) {
        JsonNode doc = assertTimeout(Duration.ofSeconds(10), () -> convert(input, name));
        assertEquals("incomplete", doc.get("status").asText());
        assertEquals("石泉县人民政府", doc.at("/report/issuer").asText());
        assertEquals(2023, doc.at("/report/year").asInt());
        // No placement is agreed by every fitting combination: the row's cells stay empty.
        assertTrue(doc.at("/review_litigation/review/total").isNull());
        assertTrue(doc.at("/review_litigation/litigation_after_review/pending").isNull());
        long unsettled = 0;
        for (JsonNode finding : doc.get("findings")) {
            if (finding.get("path").asText().startsWith("/review_litigation/")) {
                assertEquals("missing_value", finding.get("rule").asText());
                unsettled++;
            }
        }
        assertEquals(15, unsettled);
    }
}
