package org.xxgk.cli.batch;

import java.time.Duration;
import java.util.List;
import org.xxgk.Converter;
import org.xxgk.Limits;
import org.xxgk.OcrMode;
import org.xxgk.TimedConversion;
import org.xxgk.write.ReportJson;

/**
 * Converts with a time limit in this process ({@link TimedConversion}): past the limit the file
 * is reported failed and the caller moves on.
 */
public final class TimedConverter implements Conversions {

    private final TimedConversion timed;
    /** A conversion of the file already under way, or null. */
    private final HeadStart head;
    private final OcrMode ocr;

    public TimedConverter(Duration limit) {
        this(limit, OcrMode.AUTO);
    }

    /** With OCR as given; OCR runs within the time limit (its engine is stopped with the conversion). */
    public TimedConverter(Duration limit, OcrMode ocr) {
        this(limit, ocr, null);
    }

    /** The same, taking over {@code head}'s conversion when it is of the file asked for (see {@link HeadStart}). */
    public TimedConverter(Duration limit, OcrMode ocr, HeadStart head) {
        boolean same = head != null && head.converts(ocr);
        this.timed = new TimedConversion(same ? head.converter() : new Converter(Limits.DEFAULT, ocr), limit);
        this.head = head;
        this.ocr = ocr;
    }

    @Override
    public boolean isArchive(byte[] content, String name) {
        return timed.converter().isArchive(content, name);
    }

    @Override
    public List<String> convertArchive(byte[] content, String name, boolean provenance) {
        return timed.convertArchive(content, name).stream().map(r -> ReportJson.write(r, provenance)).toList();
    }

    @Override
    public String convert(byte[] content, String name, boolean provenance) {
        TimedConversion.Running running = head == null ? null : head.claim(content, name, ocr);
        return ReportJson.write(running != null ? timed.await(running) : timed.convert(content, name), provenance);
    }

    @Override
    public void close() {
        timed.close();
    }
}
