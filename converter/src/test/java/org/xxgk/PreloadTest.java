package org.xxgk;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A head start never fails the run that asked for it. */
class PreloadTest {

    @Test
    void anUnreadableFileOnlyGetsTheCommonPart(@TempDir Path dir) {
        assertDoesNotThrow(() -> Preload.forFile(dir.resolve("missing.pdf")));
        assertDoesNotThrow(() -> Preload.forFile(dir));
        assertDoesNotThrow(Preload::pdf);
        assertDoesNotThrow(Preload::common);
    }
}
