package org.xxgk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xxgk.testing.JsonDocs;
import org.xxgk.testing.SchemaCheck;
import org.xxgk.testing.TestFiles;
import org.xxgk.write.ReportJson;

/**
 * The real published PDFs of ../shared/corpus/pdf against JSON transcribed by hand from the
 * documents (testdata/pdf), and PDFs that are locked.
 */
class PdfConversionTest {

    @ParameterizedTest
    @ValueSource(strings = {"huaian-2024", "hongze-2023"})
    void realReportConvertsExactly(String name) throws IOException {
        ConversionTestSupport.assertConvertsTo(TestFiles.shared("corpus/pdf/" + name + ".pdf"),
                TestFiles.testdata("pdf/" + name + ".expected.json"));
    }

    /** The acceptance figures of the 淮安市 2024 report, spelled out beside the whole-document comparison. */
    @Test
    void huaianCheckpoints() throws IOException {
        JsonNode d = ConversionTestSupport.convert(TestFiles.shared("corpus/pdf/huaian-2024.pdf"));
        assertEquals(447228, d.at("/active_disclosure/licensing/decisions").asInt());
        assertEquals(3985758, d.at("/active_disclosure/penalty/decisions").asInt());
        assertEquals(88283, d.at("/active_disclosure/coercion/decisions").asInt());
        assertEquals("96171.6", d.at("/active_disclosure/fees/amount").decimalValue().toPlainString());
        assertEquals(3001, d.at("/applications/new_received/natural_person").asInt());
        assertEquals(53, d.at("/applications/new_received/commercial_enterprise").asInt());
        assertEquals(61, d.at("/applications/new_received/legal_service_agency").asInt());
        assertEquals(4, d.at("/applications/new_received/other_organization").asInt());
        assertEquals(3119, d.at("/applications/new_received/total").asInt());
        assertEquals(3050, d.at("/applications/outcomes/total/total").asInt());
        assertEquals(103, d.at("/applications/carried_forward/total").asInt());
        assertBlock(d, "review", 72, 64, 178, 37, 351);
        assertBlock(d, "litigation_direct", 13, 4, 8, 1, 26);
        assertBlock(d, "litigation_after_review", 12, 1, 1, 6, 20);
        assertEquals("ok", d.get("status").asText());
    }

    private static void assertBlock(JsonNode d, String block, int... values) {
        String[] fields = {"upheld", "corrected", "other", "pending", "total"};
        for (int i = 0; i < fields.length; i++) {
            assertEquals(values[i], d.at("/review_litigation/" + block + "/" + fields[i]).asInt(), block + "." + fields[i]);
        }
    }

    @Test
    void pdfWithAnOpeningPasswordFailsClearly() throws IOException {
        Path locked = TestFiles.testdata("bad/encrypted-user-password.pdf");
        JsonNode doc = JsonDocs.parse(ReportJson.write(new Converter().convert(Files.readAllBytes(locked), "locked.pdf")));
        SchemaCheck.assertValid(doc);
        assertEquals("failed", doc.get("status").asText());
        assertEquals("unreadable", doc.at("/findings/0/rule").asText());
        assertEquals("PDF文档设有打开密码，无法读取；请去除密码后再转换", doc.at("/findings/0/message").asText());
    }
}
