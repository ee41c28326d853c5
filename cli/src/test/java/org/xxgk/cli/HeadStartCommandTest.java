package org.xxgk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.cli.limits.TimeLimitTest;

/**
 * `xxgk convert FILE` in a process of its own begins converting FILE with the default settings
 * before it reads its options; an option that changes the conversion (--ocr off) must not get
 * that conversion's report. A scan shows it: read by the stand-in engine (which answers no words)
 * it is no report at all; with OCR off its pictures are left unread.
 */
class HeadStartCommandTest {

    @Test
    void optionsReadLaterStillDecideTheReport(@TempDir Path dir) throws Exception {
        assumeTrue(!System.getProperty("os.name", "").toLowerCase().startsWith("windows"), "needs a POSIX shell");
        Path engine = TimeLimitTest.engine(dir, "tesseract", TimeLimitTest.EMPTY_TSV);
        Path scan = Files.copy(Cli.testdata("scans/003-page.jpg"), dir.resolve("scan.jpg"));

        String withOcr = convert(engine, dir, "auto", scan);
        String withoutOcr = convert(engine, dir, "off", scan);
        assertNotEquals(withOcr, withoutOcr);
        assertTrue(withOcr.contains("\"not_a_report\""), withOcr);

        // The same as converting in a JVM where nothing was begun early.
        Cli off = Cli.run("convert", scan.toString(), "--ocr", "off");
        assertEquals(Cli.parse(off.out()), Cli.parse(withoutOcr));
    }

    private static String convert(Path engine, Path dir, String ocr, Path scan) throws Exception {
        Path out = dir.resolve("out-" + ocr);
        Process cli = TimeLimitTest.command(engine, dir, "convert", scan.toString(), "--ocr", ocr, "-o", out.toString());
        assertTrue(cli.waitFor(5, TimeUnit.MINUTES));
        return Files.readString(out.resolve("scan.json"));
    }
}
