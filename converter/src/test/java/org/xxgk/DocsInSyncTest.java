package org.xxgk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.xxgk.testing.TestFiles;

/** docs/canonical-json.md carries the shared contract verbatim, followed by xxgk's own notes. */
class DocsInSyncTest {

    @Test
    void docsStartWithTheSharedContract() throws IOException {
        String contract = Files.readString(TestFiles.shared("spec/canonical-json.md"));
        String docs = Files.readString(TestFiles.repo().resolve("docs/canonical-json.md"));
        assertTrue(docs.startsWith(contract), "docs/canonical-json.md no longer starts with ../shared/spec/canonical-json.md");
    }
}
