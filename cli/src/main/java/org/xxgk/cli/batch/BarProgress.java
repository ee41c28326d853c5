package org.xxgk.cli.batch;

import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on the terminal: files done of total, files per second, time left (the bar's ETA). */
public final class BarProgress implements Progress {

    private final PrintStream err;
    private ProgressBar bar;

    public BarProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public void start(int total) {
        bar = new ProgressBarBuilder()
                .setTaskName("转换")
                .setInitialMax(total)
                .setUnit(" 个文件", 1)
                .showSpeed()
                .setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setUpdateIntervalMillis(200)
                .setMaxRenderedLength(100)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(err))
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
