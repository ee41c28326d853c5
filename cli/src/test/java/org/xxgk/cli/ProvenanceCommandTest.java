package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code xxgk convert --provenance}: in this process for one file, in worker processes for a batch. */
class ProvenanceCommandTest {

    private static final String DOCX = Cli.testdata("office/004.docx").toString();
    private static final String MARKDOWN = Cli.testdata("markdown/004.turndown.md").toString();

    private static JsonNode withoutProvenance(JsonNode document) {
        ObjectNode rest = document.deepCopy();
        rest.remove("provenance");
        return rest;
    }

    @Test
    void oneFileGetsItsProvenance() {
        Cli run = Cli.run("convert", "--provenance", DOCX);
        assertEquals(0, run.exitCode(), run.err());
        JsonNode document = run.json();
        assertEquals(Cli.parse("{\"table\":1,\"row\":7,\"col\":2,\"raw\":\"28364\"}"),
                document.get("provenance").get("/active_disclosure/licensing/decisions"));
        assertEquals(Cli.read(Cli.testdata("office/004.docx.expected.json")), withoutProvenance(document));
    }

    @Test
    void aBatchPassesTheOptionToItsWorkersAndARunWithoutItConvertsAgain(@TempDir Path dir) {
        Cli run = Cli.run("convert", "--provenance", "-q", DOCX, MARKDOWN, "-o", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode docx = Cli.read(dir.resolve("004.json"));
        JsonNode markdown = Cli.read(dir.resolve("004.turndown.json"));
        assertEquals(Cli.parse("{\"table\":2,\"row\":4,\"col\":4,\"raw\":\"３４\"}"),
                docx.get("provenance").get("/applications/new_received/natural_person"));
        assertEquals(Cli.parse("{\"line\":29,\"raw\":\"３４\"}"),
                markdown.get("provenance").get("/applications/new_received/natural_person"));
        assertEquals(Cli.read(Cli.testdata("markdown/004.turndown.md.expected.json")), withoutProvenance(markdown));

        // Outputs with provenance are not taken for a run without it, nor the other way round.
        Cli again = Cli.run("convert", "-q", DOCX, MARKDOWN, "-o", dir.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertFalse(Cli.read(dir.resolve("004.json")).has("provenance"));
        assertEquals(Cli.read(Cli.testdata("office/004.docx.expected.json")), Cli.read(dir.resolve("004.json")));
        Cli third = Cli.run("convert", "-q", "--provenance", DOCX, MARKDOWN, "-o", dir.toString());
        assertEquals(0, third.exitCode(), third.err());
        assertTrue(Cli.read(dir.resolve("004.turndown.json")).has("provenance"));
    }

    @Test
    void theHelpNamesTheOption() {
        Cli run = Cli.run("convert", "--help");
        assertTrue(run.out().contains("--provenance"), run.out());
    }
}
