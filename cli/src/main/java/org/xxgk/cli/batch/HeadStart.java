package org.xxgk.cli.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.xxgk.Converter;
import org.xxgk.Limits;
import org.xxgk.OcrMode;
import org.xxgk.TimedConversion;

/**
 * The conversion of the one file of {@code convert FILE}, begun before the command line is read:
 * in a fresh JVM picocli takes a quarter of a second to read it, and the conversion (with the
 * default settings) runs on the other core meanwhile. It is only a guess for speed. The command
 * takes it over when its single file turns out to be the same bytes under the same name, to be
 * converted with those settings ({@link #claim}); otherwise the guess is stopped and the file is
 * converted as the command says. Either way the report is the same: a conversion depends only
 * on the bytes, the name and the settings. Its time limit counts from when it began.
 */
public final class HeadStart {

    /** The settings the command converts with unless told otherwise (ConvertOptions' defaults). */
    private static final OcrMode OCR = OcrMode.AUTO;

    private final Converter converter = new Converter(Limits.DEFAULT, OCR);
    /** Its own threads; the time limit is applied by whoever claims it. */
    private final TimedConversion timed = new TimedConversion(converter, Duration.ofDays(1));
    /** The conversion once the file is read, or null when there is none (unreadable, too large, a ZIP). */
    private final CompletableFuture<TimedConversion.Running> started = new CompletableFuture<>();
    private volatile boolean claimed;
    private volatile boolean cancelled;

    private HeadStart() {
    }

    /** Reads {@code file} and begins converting it, both off the calling thread. */
    public static HeadStart begin(Path file) {
        HeadStart head = new HeadStart();
        Thread reader = new Thread(() -> head.start(file), "xxgk-head-start");
        reader.setDaemon(true);
        reader.start();
        return head;
    }

    private void start(Path file) {
        TimedConversion.Running running = null;
        try {
            // Reading a file the converter refuses (or an archive, whose reports go one by one) is no head start.
            if (Files.size(file) <= Limits.DEFAULT.maxBytes()) {
                byte[] content = Files.readAllBytes(file);
                // Class initialisations it will need, on other threads while it detects the type.
                org.xxgk.Preload.forContent(content);
                String name = file.getFileName().toString();
                if (!converter.isArchive(content, name)) {
                    running = timed.start(content, name);
                }
            }
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            // the command reads the file itself and reports what is wrong
        } finally {
            started.complete(running);
        }
    }

    /**
     * The conversion begun here when it is of these bytes under this name with these settings,
     * else null, and what was begun is stopped.
     */
    TimedConversion.Running claim(byte[] content, String name, OcrMode ocr) {
        TimedConversion.Running running = started.join();
        if (running != null && !cancelled && ocr == OCR && running.name().equals(name) && Arrays.equals(running.content(), content)) {
            claimed = true;
            return running;
        }
        cancel();
        return null;
    }

    /** The converter the conversion runs with; the command's own conversions use it too. */
    Converter converter() {
        return converter;
    }

    boolean converts(OcrMode ocr) {
        return ocr == OCR;
    }

    /** Stops the conversion if the command did not take it (a batch, other settings); frees its threads. */
    public void cancel() {
        if (claimed) {
            return;
        }
        cancelled = true;
        started.thenAccept(running -> {
            if (running != null) {
                running.report().cancel(true);
            }
        });
        timed.close();
    }
}
