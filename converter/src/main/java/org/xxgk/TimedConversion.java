package org.xxgk;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.xxgk.model.Finding;
import org.xxgk.model.Report;
import org.xxgk.model.Rules;
import org.xxgk.model.Severity;

/**
 * Conversions with a time limit, in this process: each runs on a daemon thread; past the limit
 * its file is reported failed and the caller moves on, even if the stuck parser never returns
 * (the thread is interrupted and, being a daemon, cannot keep the program alive). The command
 * line converts single files this way, and the Spark job each file of a partition.
 */
public final class TimedConversion implements AutoCloseable {

    private final Converter converter;
    private final Duration limit;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "xxgk-convert");
        thread.setDaemon(true);
        return thread;
    });

    public TimedConversion(Converter converter, Duration limit) {
        this.converter = converter;
        this.limit = limit;
    }

    public Converter converter() {
        return converter;
    }

    /**
     * A conversion under way: its file and when it began, for {@link #await}. The command line
     * begins one before it has read its own arguments (see the CLI's HeadStart).
     */
    public record Running(byte[] content, String name, Future<Report> report, long startNanos) {
    }

    /** The file's report, or a failed one when it took longer than the limit. */
    public Report convert(byte[] content, String name) {
        return await(start(content, name));
    }

    /** Begins converting the file on a thread of this conversion's; {@link #await} gets its report. */
    public Running start(byte[] content, String name) {
        long start = System.nanoTime();
        return new Running(content, name, threads.submit(() -> converter.convert(content, name)), start);
    }

    /**
     * The report of a conversion begun by {@link #start} (of this or another instance over an equal
     * converter), or a failed one when it is not done within this instance's limit of its start.
     */
    public Report await(Running running) {
        long left = limit.toNanos() - (System.nanoTime() - running.startNanos());
        try {
            return running.report().get(Math.max(0, left), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            running.report().cancel(true);
            return failed(running.content(), running.name(), "转换超过时间限制（" + describe(limit) + "），已停止处理该文件");
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            // An error the converter did not turn into a finding is a bug: the user gets the same words as from a worker.
            return failed(running.content(), running.name(), "读取文档时出错，无法转换该文件");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.report().cancel(true);
            return failed(running.content(), running.name(), "转换被中断");
        }
    }

    /** Every report of a ZIP archive, each under the time limit (see {@link Converter#convertArchive}). */
    public List<Report> convertArchive(byte[] content, String name) {
        return converter.convertArchive(content, name, this::convert);
    }

    private Report failed(byte[] content, String name, String message) {
        // Detection is quick and bounded; it names the type even when reading the file timed out.
        return Report.failed(converter.source(content, name), new Finding(Rules.UNREADABLE, Severity.ERROR, "", message, null, null));
    }

    /** A limit as users read it: 60秒, 500毫秒. */
    public static String describe(Duration limit) {
        long ms = limit.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + "秒" : ms + "毫秒";
    }

    /**
     * Reads a time limit as users write it: 60s, 500ms, 2m, or a plain number of seconds.
     *
     * @throws NumberFormatException when it is no such time
     * @throws IllegalArgumentException when it is not positive (messages in English, for the caller's own)
     */
    public static Duration parseLimit(String value) {
        String v = value.trim().toLowerCase(java.util.Locale.ROOT);
        Duration d;
        try {
            if (v.endsWith("ms")) {
                d = Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2).trim()));
            } else if (v.endsWith("s")) {
                d = Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1).trim()) * 1000));
            } else if (v.endsWith("m")) {
                d = Duration.ofSeconds(Math.round(Double.parseDouble(v.substring(0, v.length() - 1).trim()) * 60));
            } else {
                d = Duration.ofMillis(Math.round(Double.parseDouble(v) * 1000));
            }
        } catch (NumberFormatException e) {
            throw new NumberFormatException("not a time such as 60s, 500ms or 2m: " + value);
        }
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive: " + value);
        }
        return d;
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
