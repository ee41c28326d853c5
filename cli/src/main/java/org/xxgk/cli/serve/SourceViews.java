package org.xxgk.cli.serve;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the 查看原文 requests (a page picture, a source row) a few at a time and within the
 * server's time limit. They read the file again in this process (not in a worker): the answer
 * is a part of a file that has already converted, within its time limit, a moment before.
 */
final class SourceViews implements AutoCloseable {

    /** The answer could not be given in time; the request is told so instead of waiting on. */
    static final class TooSlow extends Exception {
        TooSlow() {
            super("too slow", null, false, false);
        }
    }

    private final ThreadPoolExecutor workers;
    private final Duration timeout;

    SourceViews(int concurrent, Duration timeout) {
        this.workers = new ThreadPoolExecutor(concurrent, concurrent, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(concurrent * 4),
                task -> {
                    Thread thread = new Thread(task, "xxgk-serve-source");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
        this.timeout = timeout;
    }

    <T> T run(Callable<T> task) throws ConversionPool.Busy, TooSlow, Exception {
        Future<T> result;
        try {
            result = workers.submit(task);
        } catch (RejectedExecutionException e) {
            throw new ConversionPool.Busy();
        }
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new TooSlow();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
