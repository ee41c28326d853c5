package org.xxgk.cli.worker;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.xxgk.Converter;
import org.xxgk.Limits;
import org.xxgk.OcrMode;
import org.xxgk.cli.batch.Conversions;
import org.xxgk.model.Finding;
import org.xxgk.model.Report;
import org.xxgk.model.Rules;
import org.xxgk.model.Severity;
import org.xxgk.write.ReportJson;

/**
 * Conversions in worker processes, so that a time limit stops the work for real: past the limit
 * the worker is killed (with any Tesseract it started), its CPU and memory are given back at
 * once, and the next file gets a fresh worker. Workers are started when first needed and kept
 * warm; there are never more than the callers converting at once (the batch's jobs, the server's
 * concurrent conversions), and each has its own heap. A worker that dies (out of memory) fails
 * only its own file.
 */
public final class WorkerConverter implements Conversions {

    /** A worker's heap: enough for 300-dpi pages under OCR with room to spare. */
    private static final String DEFAULT_HEAP = "768m";
    /** A worker is replaced after this many files or more, so nothing a file left behind accumulates. */
    private static final int MAX_CONVERSIONS = 1000;
    /**
     * Files per worker up to which C1 alone costs less CPU than C2 (docs/performance.md): in one
     * JVM, 300 web pages and text dumps took 5.1 s of CPU with C1 against 11.8 s with C2, 160
     * Word files 10.7 against 19.2 s, 140 PDFs 13.3 against 20.6 s; C2 was still compiling.
     */
    static final int SHORT_RUN = 500;

    private final Duration limit;
    private final OcrMode ocr;
    private final String heap;
    /** Workers compile with C1 only (a short batch). */
    private final boolean c1;
    private final Converter local = new Converter(Limits.DEFAULT, OcrMode.OFF);
    /** Workers ready for a file; a worker taken out comes back, or a fresh one is started in its place. */
    private final BlockingQueue<Pooled> idle = new LinkedBlockingQueue<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "xxgk-worker");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean closed;
    /** Every worker alive, idle or busy: closing ends them all, a busy one's work included. */
    private final java.util.Set<Worker> all = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static final class Pooled {
        final Worker worker;
        int conversions;
        /**
         * Between MAX_CONVERSIONS and twice that: workers started together must not all retire
         * on the same request (the server then waited 13 s for replacements at 1,000 each).
         */
        final int retireAfter = MAX_CONVERSIONS + java.util.concurrent.ThreadLocalRandom.current().nextInt(MAX_CONVERSIONS);

        Pooled(Worker worker) {
            this.worker = worker;
        }
    }

    /** A pooled worker that could not be started: the file taking it fails with the reason. */
    private static final Pooled BROKEN = new Pooled(null);
    private volatile String startFailure;

    /** {@code workers} workers, started now, in the background, while the caller gets its files ready. */
    public WorkerConverter(int workers, Duration limit, OcrMode ocr) {
        this(workers, limit, ocr, System.getProperty("xxgk.worker.heap", DEFAULT_HEAP), false);
    }

    /**
     * The same for {@code files} files in all (a batch): when each worker gets few enough that
     * C2 cannot pay back its compiling, the workers run with the C1 compiler only.
     */
    public WorkerConverter(int workers, Duration limit, OcrMode ocr, int files) {
        this(workers, limit, ocr, System.getProperty("xxgk.worker.heap", DEFAULT_HEAP),
                (long) files <= (long) SHORT_RUN * Math.max(1, workers));
    }

    public WorkerConverter(int workers, Duration limit, OcrMode ocr, String heap) {
        this(workers, limit, ocr, heap, false);
    }

    private WorkerConverter(int workers, Duration limit, OcrMode ocr, String heap, boolean c1) {
        this.limit = limit;
        this.ocr = ocr;
        this.heap = heap;
        this.c1 = c1;
        for (int i = 0; i < Math.max(1, workers); i++) {
            startOne(false);
        }
        // Ctrl+C or SIGTERM: the workers go with this process, with the files they were on.
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    private final Thread shutdownHook = new Thread(() -> all.forEach(Worker::kill), "xxgk-worker-shutdown");

    /** Starts a worker in the background; {@code warm}: one replacing another, warmed up before it is ready. */
    private void startOne(boolean warm) {
        all.removeIf(w -> !w.alive());
        if (closed) {
            return;
        }
        try {
            threads.submit(() -> {
                try {
                    Worker worker = Worker.launch(ocr, heap, c1, warm);
                    // Known from its start, so that closing kills a worker still starting up too.
                    all.add(worker);
                    if (closed) {
                        worker.kill();
                        return;
                    }
                    worker.awaitReady();
                    idle.offer(new Pooled(worker));
                } catch (IOException e) {
                    startFailure = e.getMessage();
                    idle.offer(BROKEN);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed meanwhile: no replacement wanted
        }
    }

    @Override
    public boolean isArchive(byte[] content, String name) {
        return local.isArchive(content, name);
    }

    @Override
    public List<String> convertArchive(byte[] content, String name, boolean provenance) {
        return local.convertArchive(content, name, (bytes, entry) -> convert(bytes, entry, provenance), r -> ReportJson.write(r, provenance));
    }

    @Override
    public String convert(byte[] content, String name, boolean provenance) {
        Pooled pooled = null;
        try {
            // Waits for a free worker, but not past close(): no worker will come back then.
            while (pooled == null) {
                if (closed) {
                    return failed(content, name, provenance, "转换已停止（程序正在退出）");
                }
                pooled = idle.poll(200, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(content, name, provenance, "转换被中断");
        }
        if (pooled == BROKEN || !pooled.worker.alive()) {
            startOne(true);
            return failed(content, name, provenance, "无法启动转换进程：" + (pooled == BROKEN ? startFailure : "进程已退出"));
        }
        try {
            Protocol.Answer answer = pooled.worker.convert(content, name, provenance, limit, threads);
            if (answer.retire() || ++pooled.conversions >= pooled.retireAfter) {
                pooled.worker.close();
                pooled.worker.awaitExit(System.nanoTime() + TimeUnit.SECONDS.toNanos(2));
                startOne(true);
            } else {
                idle.offer(pooled);
            }
            return answer.json();
        } catch (Worker.TooSlow e) {
            startOne(true);
            return failed(content, name, provenance, "转换超过时间限制（" + org.xxgk.TimedConversion.describe(limit) + "），已停止处理该文件");
        } catch (Worker.Died e) {
            startOne(true);
            return failed(content, name, provenance, "转换进程意外退出（可能是文件过大、内存不足），无法转换该文件");
        }
    }

    private String failed(byte[] content, String name, boolean provenance, String message) {
        return ReportJson.write(Report.failed(local.source(content, name),
                new Finding(Rules.UNREADABLE, Severity.ERROR, "", message, null, null)), provenance);
    }

    @Override
    public void close() {
        closed = true;
        // Idle workers are asked to end (their input closed), all at once, and given 2 s together;
        // the busy ones and any still starting are killed: their files are abandoned with the caller.
        List<Worker> ending = new java.util.ArrayList<>();
        Pooled pooled;
        while ((pooled = idle.poll()) != null) {
            if (pooled != BROKEN) {
                pooled.worker.close();
                ending.add(pooled.worker);
            }
        }
        all.stream().filter(w -> !ending.contains(w)).forEach(Worker::kill);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        ending.forEach(w -> w.awaitExit(deadline));
        threads.shutdownNow();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // closing while the JVM shuts down: the hook is running or has run
        }
    }
}
