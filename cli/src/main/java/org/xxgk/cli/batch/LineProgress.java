package org.xxgk.cli.batch;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.xxgk.cli.CliTexts;

/** Progress as plain lines, for logs and pipes where a redrawn bar would be noise. */
public final class LineProgress implements Progress {

    private final PrintStream err;
    private final CliTexts texts;
    private final AtomicInteger count = new AtomicInteger();
    private int total;

    public LineProgress(PrintStream err, CliTexts texts) {
        this.err = err;
        this.texts = texts;
    }

    @Override
    public void start(int total) {
        this.total = total;
    }

    @Override
    public synchronized void more(int reports) {
        total += reports;
    }

    @Override
    public synchronized void done(Outcome outcome) {
        int n = count.incrementAndGet();
        int width = String.valueOf(total).length();
        err.printf("[%" + width + "d/%d] %-12s %s%s%s%n", n, total, outcome.status(), outcome.input().relative(),
                outcome.reused() ? texts.get("progress.reused") : "", texts.get("progress.millis", outcome.millis()));
    }

    @Override
    public void finish() {
        err.flush();
    }
}
