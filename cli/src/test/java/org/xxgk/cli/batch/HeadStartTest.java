package org.xxgk.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.Converter;
import org.xxgk.Limits;
import org.xxgk.OcrMode;
import org.xxgk.TimedConversion;
import org.xxgk.cli.Cli;
import org.xxgk.write.ReportJson;

/** A conversion begun before the command line is read is taken over only for the same bytes, name and settings. */
class HeadStartTest {

    @TempDir
    Path dir;

    private Path file() throws IOException {
        return Files.copy(Cli.testdata("html/004.html"), dir.resolve("a.html"));
    }

    private static String json(org.xxgk.model.Report report) {
        return ReportJson.write(report, false);
    }

    @Test
    void theSameFileIsTakenOverWithTheReportItsOwnConversionWouldGive() throws IOException {
        Path file = file();
        byte[] bytes = Files.readAllBytes(file);
        TimedConversion.Running running = HeadStart.begin(file).claim(bytes.clone(), "a.html", OcrMode.AUTO);
        assertNotNull(running);
        String expected = json(new Converter(Limits.DEFAULT, OcrMode.AUTO).convert(bytes, "a.html"));
        assertEquals(expected, json(new TimedConversion(new Converter(Limits.DEFAULT, OcrMode.AUTO), Duration.ofMinutes(1)).await(running)));
    }

    @Test
    void otherBytesAnotherNameOrOtherSettingsStopIt() throws IOException {
        Path file = file();
        byte[] bytes = Files.readAllBytes(file);
        byte[] changed = bytes.clone();
        changed[changed.length - 1] ^= 1;

        HeadStart head = HeadStart.begin(file);
        assertNull(head.claim(changed, "a.html", OcrMode.AUTO));
        assertNull(head.claim(bytes, "a.html", OcrMode.AUTO), "once stopped, it is never taken");
        assertNull(HeadStart.begin(file).claim(bytes, "b.html", OcrMode.AUTO));
        assertNull(HeadStart.begin(file).claim(bytes, "a.html", OcrMode.OFF));
    }

    @Test
    void anArchiveOrAMissingFileIsNotBegun() throws IOException {
        Path zip = dir.resolve("reports.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("a.html"));
            out.write(Files.readAllBytes(file()));
        }
        assertNull(HeadStart.begin(zip).claim(Files.readAllBytes(zip), "reports.zip", OcrMode.AUTO));
        assertNull(HeadStart.begin(dir.resolve("missing.html")).claim(new byte[0], "missing.html", OcrMode.AUTO));
    }

    @Test
    void theTimedConverterGivesTheSameJsonWithOrWithoutIt() throws IOException {
        Path file = file();
        byte[] bytes = Files.readAllBytes(file);
        try (TimedConverter plain = new TimedConverter(Duration.ofMinutes(1), OcrMode.AUTO);
                TimedConverter headed = new TimedConverter(Duration.ofMinutes(1), OcrMode.AUTO, HeadStart.begin(file))) {
            String expected = plain.convert(bytes, "a.html", true);
            assertTrue(expected.contains("\"provenance\""));
            assertEquals(expected, headed.convert(bytes, "a.html", true));
        }
    }
}
