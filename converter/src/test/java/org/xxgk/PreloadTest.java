package org.xxgk;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.junit.jupiter.api.Test;

/** A head start never fails the run that asked for it. */
class PreloadTest {

    @Test
    void anEmptyOrShortFileOnlyGetsTheCommonPart() {
        assertDoesNotThrow(() -> Preload.forContent(new byte[0]));
        assertDoesNotThrow(() -> Preload.forContent("%PDF".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        assertDoesNotThrow(() -> Preload.forContent("%PDF-1.7".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        assertDoesNotThrow(Preload::pdf);
        assertDoesNotThrow(Preload::common);
    }
}
