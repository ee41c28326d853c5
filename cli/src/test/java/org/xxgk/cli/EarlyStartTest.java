package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The head start is guessed only for a command that converts exactly one existing file. */
class EarlyStartTest {

    @TempDir
    Path dir;

    @Test
    void theOneFileOfAConvertCommand() throws IOException {
        Path report = Files.writeString(dir.resolve("报告 2024.pdf"), "%PDF-1.7");
        Path other = Files.writeString(dir.resolve("b.html"), "<html></html>");
        String name = report.toString();

        assertEquals(Optional.of(report), EarlyStart.of(new String[] {"convert", name}));
        assertEquals(Optional.of(report), EarlyStart.of(new String[] {"convert", "--provenance", name, "-o", dir.resolve("out.json").toString()}));
        // several files, a folder, another command, no file: none
        assertEquals(Optional.empty(), EarlyStart.of(new String[] {"convert", name, other.toString()}));
        assertEquals(Optional.empty(), EarlyStart.of(new String[] {"convert", dir.toString()}));
        assertEquals(Optional.empty(), EarlyStart.of(new String[] {"serve", name}));
        assertEquals(Optional.empty(), EarlyStart.of(new String[] {"convert", dir.resolve("missing.pdf").toString()}));
        assertEquals(Optional.empty(), EarlyStart.of(new String[] {"convert"}));
        assertEquals(Optional.empty(), EarlyStart.of(new String[] {}));
        // a name no path can have is left to picocli
        assertEquals(Optional.empty(), EarlyStart.of(new String[] {"convert", "a\0b"}));
    }
}
