package org.xxgk.cli.serve;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.xxgk.cli.batch.Conversions;

/**
 * A fixed number of converters with a bounded queue in front: when both are full, a request is
 * refused at once (503) instead of piling up until memory runs out.
 */
final class ConversionPool implements AutoCloseable {

    /** Seconds a refused client is told to wait (Retry-After): a typical report converts in about one. */
    static final int RETRY_AFTER_SECONDS = 5;

    /** Thrown when no converter is free and the queue is full. */
    static final class Busy extends Exception {
        Busy() {
            super("busy", null, false, false);
        }
    }

    /** Thrown when the server stops before the conversion is done; the conversion is abandoned. */
    static final class Stopping extends Exception {
        Stopping() {
            super("stopping", null, false, false);
        }
    }

    private final ThreadPoolExecutor workers;
    private final Conversions converter;
    /** Conversions submitted and not yet taken by their request; guarded by itself, with {@link #closed}. */
    private final Set<Future<?>> pending = new HashSet<>();
    private boolean closed;

    ConversionPool(int concurrent, int queue, Duration timeout) {
        // Worker processes: a file over the time limit is stopped for real, so it cannot hold
        // a converter (or the CPU) while the next uploads wait.
        this(concurrent, queue, new org.xxgk.cli.worker.WorkerConverter(concurrent, timeout, org.xxgk.OcrMode.AUTO));
    }

    /** With the given converter (tests: one that waits until told to go on). */
    ConversionPool(int concurrent, int queue, Conversions converter) {
        this.workers = new ThreadPoolExecutor(concurrent, concurrent, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, queue)), task -> {
                    // Daemons: a stopping server leaves a conversion that will not end by itself behind.
                    Thread thread = new Thread(task, "xxgk-serve-convert");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
        this.converter = converter;
    }

    /**
     * The canonical JSON of one uploaded file: one document, or one for each report of a ZIP
     * archive; with {@code provenance}, each says where its values were read.
     */
    List<String> convert(byte[] content, String fileName, boolean provenance) throws Busy, Stopping, InterruptedException {
        FutureTask<List<String>> result = new FutureTask<>(() -> converter.isArchive(content, fileName)
                ? converter.convertArchive(content, fileName, provenance)
                : List.of(converter.convert(content, fileName, provenance)));
        // Known to close() before it can start, so that close() cancels it before anything interrupts it.
        synchronized (pending) {
            if (closed) {
                throw new Stopping();
            }
            pending.add(result);
            try {
                workers.execute(result);
            } catch (RejectedExecutionException e) {
                pending.remove(result);
                throw new Busy();
            }
        }
        try {
            return result.get();
        } catch (CancellationException e) {
            throw new Stopping();
        } catch (ExecutionException e) {
            throw new IllegalStateException("conversion failed outside the converter", e.getCause());
        } finally {
            synchronized (pending) {
                pending.remove(result);
            }
        }
    }

    /**
     * Every request waiting for a conversion is answered at once (Stopping), then the converter
     * ends its workers. Cancelling comes before interrupting: an interrupted conversion would
     * otherwise be answered as a failed file instead of "stopping".
     */
    @Override
    public void close() {
        synchronized (pending) {
            closed = true;
            pending.forEach(f -> f.cancel(true));
        }
        workers.shutdownNow();
        converter.close();
    }
}
