package org.xxgk.cli.worker;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * warm. One worker converts up to {@link #MAX_THREADS} files at once: the files of one JVM share
 * its loaded classes and compiled code, which a worker's first files spend most of their CPU on
 * (docs/performance.md), and one JVM's memory. There are never more files converting than the
 * callers (the batch's jobs, the server's concurrent conversions). A file that a worker was
 * converting beside another is not failed for the other's sake: when the worker is killed for the
 * other file's time, or dies (out of memory) with several files in hand, those files are
 * converted again in a fresh worker; a worker that dies with one file fails only that file.
 */
public final class WorkerConverter implements Conversions {

    /** Files one worker converts at once; more jobs get more workers. */
    static final int MAX_THREADS = 4;
    /** A worker's heap for one file at a time: enough for 300-dpi pages under OCR with room to spare. */
    private static final int HEAP_MB = 768;
    /** What each further file at once adds to a worker's heap. */
    private static final int HEAP_MB_PER_THREAD = 256;
    /** A worker is replaced after this many files or more, so nothing a file left behind accumulates. */
    private static final int MAX_CONVERSIONS = 1000;
    /**
     * Files per job up to which C1 alone costs less CPU than C2 (docs/performance.md): in one
     * JVM, 300 web pages and text dumps took 5.1 s of CPU with C1 against 11.8 s with C2, 160
     * Word files 10.7 against 19.2 s, 140 PDFs 13.3 against 20.6 s; C2 was still compiling. Two
     * jobs in one JVM: 600 web pages 8.5 s against 13.1 s, 300 Word files 11.4 s against 17.7 s.
     */
    static final int SHORT_RUN = 500;

    private final Duration limit;
    private final OcrMode ocr;
    /** The workers' heap settings (see {@link Worker#heapOptions}). */
    private final List<String> heap;
    private final WorkerArchive archive = WorkerArchive.configured();
    /** Workers compile with C1 only (a short batch). */
    private final boolean c1;
    /** Files each worker converts at once. */
    private final int threads;
    private final Converter local = new Converter(Limits.DEFAULT, OcrMode.OFF);
    private final ExecutorService background = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "xxgk-worker");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean closed;
    /** Every worker process alive, in the pool or not yet: closing ends them all, their work included. */
    private final java.util.Set<Worker> all = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The workers ready for files, guarded by {@code this}; a caller waits on it for room. */
    private final List<Pooled> pool = new ArrayList<>();
    /** Why the last worker could not start, while no worker is ready: the files waiting fail with it. */
    private String startFailure;

    private static final class Pooled {
        final Worker worker;
        /** Files it is converting now. */
        int busy;
        int conversions;
        /** Its replacement is starting: it has converted its share, or answered that it is tired. */
        boolean replaced;
        /** Takes no more files (tired, or its replacement is ready); it ends once idle. */
        boolean retiring;
        /**
         * Between MAX_CONVERSIONS and twice that: workers started together must not all retire
         * on the same request (the server then waited 13 s for replacements at 1,000 each).
         * {@code -Dxxgk.worker.retireAfter=N} sets it (tests see a worker's turn in a few files).
         */
        final int retireAfter = Integer.getInteger("xxgk.worker.retireAfter",
                MAX_CONVERSIONS + java.util.concurrent.ThreadLocalRandom.current().nextInt(MAX_CONVERSIONS));

        Pooled(Worker worker) {
            this.worker = worker;
        }
    }

    /** Workers for {@code jobs} files at once, started now, in the background, while the caller gets its files ready. */
    public WorkerConverter(int jobs, Duration limit, OcrMode ocr) {
        this(jobs, limit, ocr, false);
    }

    /**
     * The same for {@code files} files in all (a batch): when each job gets few enough that C2
     * cannot pay back its compiling, the workers run with the C1 compiler only.
     */
    public WorkerConverter(int jobs, Duration limit, OcrMode ocr, int files) {
        this(jobs, limit, ocr, (long) files <= (long) SHORT_RUN * Math.max(1, jobs));
    }

    private WorkerConverter(int jobs, Duration limit, OcrMode ocr, boolean c1) {
        int workers = workers(jobs);
        this.limit = limit;
        this.ocr = ocr;
        this.threads = (Math.max(1, jobs) + workers - 1) / workers;
        this.heap = Worker.heapOptions(System.getProperty("xxgk.worker.heap"), HEAP_MB + HEAP_MB_PER_THREAD * (threads - 1));
        this.c1 = c1;
        for (int i = 0; i < workers; i++) {
            startOne(false);
        }
        // Ctrl+C or SIGTERM: the workers go with this process, with the files they were on.
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    private static int workers(int jobs) {
        return (Math.max(1, jobs) + MAX_THREADS - 1) / MAX_THREADS;
    }

    private final Thread shutdownHook = new Thread(() -> all.forEach(Worker::kill), "xxgk-worker-shutdown");

    /** Starts a worker in the background; {@code warm}: one replacing another, warmed up before it is ready. */
    private void startOne(boolean warm) {
        startOne(warm, null);
    }

    /** The same, for {@code replacing}, which retires once this one is ready. */
    private void startOne(boolean warm, Pooled replacing) {
        all.removeIf(w -> !w.alive());
        if (closed) {
            return;
        }
        try {
            background.execute(() -> {
                try {
                    Worker worker = Worker.launch(ocr, heap, archive, c1, warm, threads);
                    // Known from its start, so that closing kills a worker still starting up too.
                    all.add(worker);
                    if (closed) {
                        worker.kill();
                        return;
                    }
                    worker.awaitReady(background);
                    boolean end;
                    synchronized (this) {
                        pool.add(new Pooled(worker));
                        startFailure = null;
                        end = replacing != null && retire(replacing);
                        notifyAll();
                    }
                    if (end) {
                        end(replacing);
                    }
                } catch (IOException e) {
                    synchronized (this) {
                        startFailure = e.getMessage() == null ? e.toString() : e.getMessage();
                        notifyAll();
                    }
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed meanwhile: no replacement wanted
        }
    }

    /**
     * A worker with room for one more file, counted busy with it; null when none will come
     * (closing, interrupted, or no worker could be started: {@code failure[0]} says why).
     */
    private synchronized Pooled take(String[] failure) throws InterruptedException {
        while (!closed) {
            for (Pooled pooled : List.copyOf(pool)) {
                if (!pooled.worker.alive() && pooled.busy == 0) {
                    pool.remove(pooled); // ended while idle (killed from outside)
                    if (!pooled.replaced) {
                        startOne(true);
                    }
                } else if (!pooled.retiring && pooled.busy < threads && pooled.worker.alive()) {
                    pooled.busy++;
                    return pooled;
                }
            }
            if (pool.isEmpty() && startFailure != null) {
                failure[0] = startFailure;
                startFailure = null;
                startOne(true); // the next file tries again
                return null;
            }
            wait(200);
        }
        return null;
    }

    /**
     * A file is done with {@code pooled}. A worker that has converted its share goes on taking
     * files while its replacement warms up (so that a single worker's turn does not stall the
     * server for seconds); one that is tired (its heap mostly full) takes no more at once. Either
     * ends when its last file is done and it takes no more.
     */
    private void release(Pooled pooled, boolean tired) {
        boolean replace;
        boolean end;
        synchronized (this) {
            pooled.busy--;
            replace = !pooled.replaced && (tired || ++pooled.conversions >= pooled.retireAfter);
            pooled.replaced |= replace;
            pooled.retiring |= tired;
            end = pooled.retiring && pooled.busy == 0 && pool.remove(pooled);
            notifyAll();
        }
        if (replace) {
            startOne(true, pooled);
        }
        if (end) {
            endInBackground(pooled); // the caller's answer need not wait for the worker's exit
        }
    }

    /** {@code pooled} takes no more files; true when it is idle and so out of the pool, to be ended. */
    private boolean retire(Pooled pooled) {
        pooled.retiring = true;
        return pooled.busy == 0 && pool.remove(pooled);
    }

    private static void end(Pooled pooled) {
        pooled.worker.close();
        pooled.worker.awaitExit(System.nanoTime() + pooled.worker.endingTime());
    }

    private void endInBackground(Pooled pooled) {
        try {
            background.execute(() -> end(pooled));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            pooled.worker.kill(); // closing: it goes now
        }
    }

    /** {@code pooled} was killed or died: out of the pool, and a fresh worker in its place (once). */
    private void replace(Pooled pooled) {
        boolean first;
        synchronized (this) {
            pooled.busy--;
            // A retiring worker's replacement is on its way already.
            first = pool.remove(pooled) && !pooled.replaced;
            notifyAll();
        }
        if (first) {
            startOne(true);
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
        boolean diedOnce = false;
        while (true) {
            Pooled pooled;
            String[] failure = new String[1];
            try {
                // Waits for room in a worker, but not past close(): none will come back then.
                pooled = take(failure);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failed(content, name, provenance, "转换被中断");
            }
            if (pooled == null) {
                return failed(content, name, provenance, failure[0] != null ? "无法启动转换进程：" + failure[0] : "转换已停止（程序正在退出）");
            }
            try {
                Protocol.Answer answer = pooled.worker.convert(content, name, provenance, limit);
                release(pooled, answer.retire());
                return answer.json();
            } catch (Worker.TooSlow e) {
                replace(pooled);
                return failed(content, name, provenance, "转换超过时间限制（" + org.xxgk.TimedConversion.describe(limit) + "），已停止处理该文件");
            } catch (Worker.Died e) {
                replace(pooled);
                if (closed) {
                    return failed(content, name, provenance, "转换已停止（程序正在退出）");
                }
                // Killed for another file's time, or died with other files in hand: not this file's doing, or not surely.
                if (!(e.bystander || (e.shared && !diedOnce))) {
                    return failed(content, name, provenance, "转换进程意外退出（可能是文件过大、内存不足），无法转换该文件");
                }
                diedOnce |= !e.bystander;
            }
        }
    }

    /**
     * The worker writing the class archive warms up on every kind of file before it writes it
     * (about 2 s): the batch's summary need not wait for that, only this process's end, which
     * would stop it. False when this process is already ending.
     */
    private static boolean awaitAtExit(Worker writer, long deadline) {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> writer.awaitExit(deadline), "xxgk-worker-archive"));
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private String failed(byte[] content, String name, boolean provenance, String message) {
        return ReportJson.write(Report.failed(local.source(content, name),
                new Finding(Rules.UNREADABLE, Severity.ERROR, "", message, null, null)), provenance);
    }

    @Override
    public void close() {
        List<Pooled> ending;
        synchronized (this) {
            closed = true;
            ending = new ArrayList<>(pool);
            pool.clear();
            notifyAll();
        }
        // Idle workers are asked to end (their input closed), all at once, and given 2 s together
        // (see Worker.endingTime); the busy ones and any still starting are killed: their files
        // are abandoned with the caller.
        List<Worker> asked = new ArrayList<>();
        for (Pooled pooled : ending) {
            if (pooled.busy == 0) {
                pooled.worker.close();
                asked.add(pooled.worker);
            }
        }
        all.stream().filter(w -> !asked.contains(w)).forEach(Worker::kill);
        long asking = System.nanoTime();
        asked.forEach(w -> {
            if (!w.writesArchive() || !awaitAtExit(w, asking + w.endingTime())) {
                w.awaitExit(asking + w.endingTime());
            }
        });
        background.shutdownNow();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // closing while the JVM shuts down: the hook is running or has run
        }
    }
}
