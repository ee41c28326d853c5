package org.xxgk.cli.batch;

import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBarRenderer;
import me.tongfei.progressbar.ProgressState;

/**
 * Draws the progress bar's line measured in terminal columns: the task name, the unit and the
 * file name are Chinese, two columns each, which the library's own renderer counts as one, so its
 * line came out wider than the terminal, wrapped, and each redraw left a line behind. The file
 * name is cut (…) and then the bar shortened until the line fits.
 */
final class BarLine implements ProgressBarRenderer {

    private static final int BAR = 30;
    private static final int WIDEST = 100;

    private final String task;
    private final String unit;

    BarLine(String task, String unit) {
        this.task = task;
        this.unit = unit;
    }

    @Override
    public String render(ProgressState state, int maxLength) {
        return line(state.getCurrent(), state.getMax(), state.getElapsedAfterStart(), state.getExtraMessage(), maxLength);
    }

    String line(long current, long max, Duration elapsed, String extra, int maxLength) {
        int columns = Math.min(maxLength, WIDEST);
        int percent = max > 0 ? (int) Math.min(100, current * 100 / max) : 0;
        String left = task + String.format(Locale.ROOT, " %3d%% [", percent);
        String right = "] " + current + "/" + max + unit + " (" + clock(elapsed) + " / " + eta(current, max, elapsed) + ")"
                + String.format(Locale.ROOT, " %.1f/s", current * 1000.0 / Math.max(1, elapsed.toMillis()));
        String message = extra == null || extra.isBlank() ? "" : extra.strip();
        int room = columns - DisplayWidth.of(left) - DisplayWidth.of(right);
        int bar = Math.max(0, Math.min(BAR, room - (message.isEmpty() ? 0 : 1 + Math.min(DisplayWidth.of(message), 20))));
        String tail = message.isEmpty() ? "" : DisplayWidth.fit(message, room - bar - 1);
        String line = left + bar(bar, current, max) + right + (tail.isEmpty() ? "" : " " + tail);
        return DisplayWidth.fit(line, columns);
    }

    private static String bar(int length, long current, long max) {
        int full = max > 0 ? (int) Math.min(length, current * length / max) : 0;
        return "█".repeat(full) + " ".repeat(length - full);
    }

    private static String eta(long current, long max, Duration elapsed) {
        if (current <= 0 || max <= current) {
            return current >= max && max > 0 ? clock(Duration.ZERO) : "?";
        }
        return clock(elapsed.multipliedBy(max - current).dividedBy(current));
    }

    private static String clock(Duration d) {
        long s = Math.max(0, d.getSeconds());
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
