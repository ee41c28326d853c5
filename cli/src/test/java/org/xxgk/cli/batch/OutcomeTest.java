package org.xxgk.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.xxgk.cli.Cli;
import org.xxgk.write.ReportJson;

/** What a batch's summary takes from each document: its status, first message, unread pictures. */
class OutcomeTest {

    private static final Input INPUT = new Input(Path.of("a.pdf"), Path.of("a.pdf"));

    @Test
    void theSummaryIsReadFromAnywhereInTheDocument() {
        String json = """
                {
                  "schema": "govinfo-annual-report/1",
                  "source": {"file": "a.pdf", "pages": 3},
                  "findings": [
                    {"rule": "sum_mismatch", "severity": "error", "path": "/applications/total",
                     "message": "合计不等于各项之和", "expected": 12, "actual": [[1, 2], [3]]},
                    {"rule": "missing_section", "severity": "warning", "path": "/applications",
                     "actual": [[4]], "message": "第三部分的表格是图片（第2张图片），无法读取其中的数值"}
                  ],
                  "provenance": {"/x": {"box": [1, 2, 3, 4], "raw": "status"}},
                  "status": "inconsistent"
                }
                """;
        Outcome outcome = Outcome.of(INPUT, json, 5, false);
        assertEquals("inconsistent", outcome.status());
        assertEquals("合计不等于各项之和", outcome.reason());
        assertTrue(outcome.picturesUnread());
    }

    @Test
    void aDocumentWithoutFindingsHasNoReason() {
        Outcome outcome = Outcome.of(INPUT, "{\"findings\": [], \"status\": \"ok\"}", 5, false);
        assertEquals("ok", outcome.status());
        assertEquals("", outcome.reason());
        assertFalse(outcome.picturesUnread());
    }

    /** Every expected document of the testdata: the same as reading its tree says. */
    @Test
    void everyTestdataDocumentIsSummarisedAsItsTreeSays() throws Exception {
        List<Path> documents;
        try (Stream<Path> files = Files.walk(Cli.testdata(""))) {
            documents = files.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
        assertTrue(documents.size() >= 100, "the testdata's expected documents: " + documents.size());
        for (Path file : documents) {
            String json = Files.readString(file);
            JsonNode tree = ReportJson.read(json);
            boolean pictures = false;
            for (JsonNode f : tree.path("findings")) {
                pictures |= f.path("rule").asText().equals("missing_section") && f.path("message").asText().contains("图片");
            }
            Outcome outcome = Outcome.of(INPUT, json, 5, false);
            assertEquals(tree.path("status").asText(), outcome.status(), file.toString());
            assertEquals(tree.path("findings").path(0).path("message").asText(""), outcome.reason(), file.toString());
            assertEquals(pictures, outcome.picturesUnread(), file.toString());
        }
    }
}
