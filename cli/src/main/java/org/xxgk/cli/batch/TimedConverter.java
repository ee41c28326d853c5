package org.xxgk.cli.batch;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.xxgk.Converter;
import org.xxgk.Limits;
import org.xxgk.OcrMode;
import org.xxgk.model.Finding;
import org.xxgk.model.Report;
import org.xxgk.model.Rules;
import org.xxgk.model.Severity;
import org.xxgk.write.ReportJson;

/**
 * Converts with a time limit. The conversion runs on a daemon thread; past the limit its file
 * is reported failed and the caller moves on, even if the stuck parser never returns (the
 * thread is interrupted and, being a daemon, cannot keep the program alive).
 */
public final class TimedConverter implements Conversions {

    private final Converter converter;
    private final Duration limit;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "xxgk-convert");
        thread.setDaemon(true);
        return thread;
    });

    public TimedConverter(Duration limit) {
        this(limit, OcrMode.AUTO);
    }

    /** With OCR as given; OCR runs within the time limit (its engine is stopped with the conversion). */
    public TimedConverter(Duration limit, OcrMode ocr) {
        this.limit = limit;
        this.converter = new Converter(Limits.DEFAULT, ocr);
    }

    @Override
    public boolean isArchive(byte[] content, String name) {
        return converter.isArchive(content, name);
    }

    @Override
    public List<String> convertArchive(byte[] content, String name, boolean provenance) {
        return converter.convertArchive(content, name, this::report).stream().map(r -> ReportJson.write(r, provenance)).toList();
    }

    @Override
    public String convert(byte[] content, String name, boolean provenance) {
        return ReportJson.write(report(content, name), provenance);
    }

    private Report report(byte[] content, String name) {
        Future<Report> running = threads.submit(() -> converter.convert(content, name));
        try {
            return running.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            return failed(content, name, "转换超过时间限制（" + describe(limit) + "），已停止处理该文件");
        } catch (ExecutionException e) {
            return failed(content, name, "读取文档时出错：" + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.cancel(true);
            return failed(content, name, "转换被中断");
        }
    }

    private Report failed(byte[] content, String name, String message) {
        // Detection is quick and bounded; it names the type even when reading the file timed out.
        return Report.failed(converter.source(content, name), new Finding(Rules.UNREADABLE, Severity.ERROR, "", message, null, null));
    }

    public static String describe(Duration limit) {
        long ms = limit.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + "秒" : ms + "毫秒";
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
