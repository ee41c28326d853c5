package org.xxgk.cli.batch;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.xxgk.cli.CliTexts;

/** A progress bar on the terminal: files done of total, time so far and left, files per second, the last file. */
public final class BarProgress implements Progress {

    private final PrintStream err;
    private final CliTexts texts;
    private ProgressBar bar;

    public BarProgress(PrintStream err, CliTexts texts) {
        this.err = err;
        this.texts = texts;
    }

    @Override
    public void start(int total) {
        bar = new ProgressBarBuilder()
                .setTaskName(texts.get("progress.task"))
                .setInitialMax(total)
                .setRenderer(new BarLine(texts.get("progress.task"), texts.get("progress.unit")))
                .setUpdateIntervalMillis(200)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .continuousUpdate()
                .build();
    }

    @Override
    public synchronized void more(int reports) {
        bar.maxHint(bar.getMax() + reports);
    }

    @Override
    public synchronized void done(Outcome outcome) {
        bar.step();
        bar.setExtraMessage(outcome.input().relative().getFileName().toString());
    }

    @Override
    public void finish() {
        if (bar != null) {
            bar.close();
        }
    }
}
