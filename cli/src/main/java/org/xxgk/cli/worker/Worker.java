package org.xxgk.cli.worker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.xxgk.OcrMode;

/**
 * One worker process (a JVM running {@link WorkerMain}) and the pipes to it. It converts as many
 * files at once as it was started for; each caller waits for its own answer, which a thread of
 * this worker's reads off the pipe and hands to it.
 */
final class Worker {

    /** The worker's answer did not come within the time limit; it has been killed. */
    static final class TooSlow extends Exception {
        TooSlow() {
            super(null, null, false, false);
        }
    }

    /**
     * The worker died or broke the protocol (out of memory, killed from outside) before it
     * answered. {@code bystander}: it was killed because another of its files ran over the time
     * limit; {@code shared}: it was converting other files too, so this one need not be the cause.
     */
    static final class Died extends Exception {
        final boolean bystander;
        final boolean shared;

        Died(Throwable cause, boolean bystander, boolean shared) {
            super(cause);
            this.bystander = bystander;
            this.shared = shared;
        }
    }

    private final Process process;
    private final DataOutputStream requests;
    private final DataInputStream answers;
    /** Requests sent and not yet answered, by number. */
    private final Map<Integer, CompletableFuture<Protocol.Answer>> waiting = new ConcurrentHashMap<>();
    private int nextId;
    /** Set before the worker is killed because one of its files ran over the time limit. */
    private volatile boolean stoppedForAnother;
    /** Set once its answers have ended: no caller may wait for one after that. */
    private volatile boolean gone;

    /** What follows the process's end (moving the class archive it wrote into place), done when it is. */
    private final CompletableFuture<Void> afterExit;

    /** This worker writes the workers' class archive as it ends. */
    private final boolean writesArchive;

    private Worker(Process process, WorkerArchive archive, Path writing) {
        this.process = process;
        this.writesArchive = writing != null;
        this.afterExit = writing == null ? CompletableFuture.completedFuture(null)
                : process.onExit().thenAccept(ended -> archive.ended(writing, ended.exitValue()));
        this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        this.answers = new DataInputStream(new BufferedInputStream(process.getInputStream()));
    }

    /**
     * A worker JVM's heap: at most {@code configured} (the user's {@code -Dxxgk.worker.heap}),
     * else {@code defaultMb} MB. It gives memory back after a large file (see WorkerMain.settle),
     * with the JVM's own free ratios: kept tighter (10-30 %), the collections of two files at once
     * stopped both for a quarter of a PDF batch's time. Every collection stops the worker's files:
     * with xxgk's own maximum, a 48 MB young generation and 64 MB for the rest to start with, not
     * a third and two thirds of 16 MB, made 600 web pages' collections 128 young and 3 full
     * (0.81 s) into 69 young (0.59 s), at 10-17 MiB more; 64 and 192 MB, so that two PDFs at once
     * do not fill the rest and force full collections while the heap grows, made 60 PDFs 2.27 s
     * into 2.13 s and the 235-file mixed batch 4.1 into 3.8 s, at 6 MiB more (docs/performance.md).
     * Not beside the user's maximum, which may be smaller than those sizes: the user's setting
     * decides.
     */
    static List<String> heapOptions(String configured, int defaultMb) {
        return configured != null ? List.of("-Xmx" + configured, "-Xms16m")
                : List.of("-Xmx" + defaultMb + "m", "-Xms256m", "-Xmn64m");
    }

    /**
     * A new worker process converting up to {@code threads} files at once, started but not yet
     * ready (see {@link #awaitReady}): this JVM's java and class path, the heap of
     * {@link #heapOptions}, the class archive of {@code archive}, its standard error discarded
     * (library log lines and stack traces are no concern of users; the answer says what went
     * wrong); {@code c1}: the C1 compiler only, for a short batch.
     */
    static Worker launch(OcrMode ocr, List<String> heap, WorkerArchive archive, boolean c1, boolean warm, int threads) throws IOException {
        String java = javaLauncher();
        // The JVM's own warnings (the class archive's among them) to the discarded standard
        // error: by default they go to standard output, where the worker answers.
        List<String> command = new ArrayList<>(List.of(java, "-Xlog:disable", "-Xlog:all=warning:stderr", "-XX:+UseSerialGC", "-Xss4m"));
        command.addAll(heap);
        command.addAll(HugePages.options());
        WorkerArchive.Launch classes = archive.next();
        command.addAll(classes.options());
        if (c1) {
            command.add("-XX:TieredStopAtLevel=1");
        }
        command.addAll(List.of("-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-Dorg.slf4j.simpleLogger.defaultLogLevel=off",
                "-cp", System.getProperty("java.class.path"), WorkerMain.class.getName(), ocr.name(), warm ? "warm" : "cold",
                Integer.toString(threads), classes.writing() != null ? "archiving" : "-"));
        // A worker that could not start wrote nothing; this process just has no writer this time.
        return new Worker(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start(), archive, classes.writing());
    }

    /**
     * The java launcher of this JVM's runtime; this process's own command only where the runtime
     * has none (the command is not java when a jpackage launcher started the JVM).
     */
    private static String javaLauncher() {
        String name = System.getProperty("os.name").startsWith("Windows") ? "java.exe" : "java";
        Path launcher = Path.of(System.getProperty("java.home"), "bin", name);
        return java.nio.file.Files.isExecutable(launcher) ? launcher.toString()
                : ProcessHandle.current().info().command().orElse(launcher.toString());
    }

    /**
     * Waits for the worker to say it is ready, then reads its answers on a thread of
     * {@code readers}; a worker that cannot start is killed.
     */
    void awaitReady(ExecutorService readers) throws IOException {
        try {
            Protocol.readReady(answers);
            readers.execute(this::readAnswers);
        } catch (IOException | java.util.concurrent.RejectedExecutionException e) {
            kill();
            throw e instanceof IOException io ? io : new IOException(e);
        }
    }

    /** Hands each answer to the caller waiting for it; when the pipe ends, every caller still waiting learns why. */
    private void readAnswers() {
        try {
            while (true) {
                Protocol.Answer answer = Protocol.readAnswer(answers);
                CompletableFuture<Protocol.Answer> caller = waiting.remove(answer.id());
                if (caller != null) {
                    caller.complete(answer);
                }
            }
        } catch (IOException | RuntimeException e) {
            gone = true;
            kill();
            failWaiting(e);
        }
    }

    /** Every caller still waiting learns that the worker has ended, and how. */
    private void failWaiting(Throwable cause) {
        boolean shared = waiting.size() > 1;
        for (Integer id : List.copyOf(waiting.keySet())) {
            CompletableFuture<Protocol.Answer> caller = waiting.remove(id);
            if (caller != null) {
                caller.completeExceptionally(new Died(cause, stoppedForAnother, shared));
            }
        }
    }

    /** The file's canonical JSON, read within {@code limit}. */
    Protocol.Answer convert(byte[] content, String name, boolean provenance, Duration limit) throws TooSlow, Died {
        CompletableFuture<Protocol.Answer> answer = new CompletableFuture<>();
        int id;
        synchronized (requests) {
            id = nextId++;
        }
        waiting.put(id, answer);
        try {
            if (gone) {
                throw new IOException("the worker has ended");
            }
            synchronized (requests) {
                Protocol.writeRequest(requests, id, name, content, provenance);
            }
        } catch (IOException e) {
            kill();
            // Unless the reader has already told this caller how the worker ended, tell it here.
            if (waiting.remove(id) == answer) {
                throw new Died(e, stoppedForAnother, false);
            }
            return awaitAnswer(answer, limit);
        }
        try {
            return awaitAnswer(answer, limit);
        } catch (TooSlow e) {
            waiting.remove(id);
            stoppedForAnother = true;
            // The files beside this one learn at once that they go to another worker: waiting for
            // the pipe to close (the killed JVM's teardown) could outlast their own time.
            failWaiting(e);
            kill();
            throw e;
        }
    }

    private static Protocol.Answer awaitAnswer(CompletableFuture<Protocol.Answer> answer, Duration limit) throws TooSlow, Died {
        try {
            return answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new TooSlow();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Died died ? died : new Died(e.getCause(), false, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Died(e, false, false);
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Ends the worker and whatever it started (Tesseract): its work stops at once. */
    void kill() {
        // The worker first, then what it had started: killed the other way round, the worker sees
        // its Tesseract die, takes it for a crash and starts another, which outlives it.
        java.util.List<ProcessHandle> started = process.descendants().toList();
        process.destroyForcibly();
        started.forEach(ProcessHandle::destroyForcibly);
    }

    /** Lets an idle worker end by closing its input; {@link #awaitExit} makes sure it does. */
    void close() {
        try {
            requests.close();
        } catch (IOException e) {
            // it is going anyway
        }
    }

    boolean writesArchive() {
        return writesArchive;
    }

    /**
     * How long an idle worker asked to end may take: 2 s, or 20 s for the one writing the class
     * archive (which first warms up on every kind of file: about 2 s here, but a killed writer
     * leaves none, and the next batch tries again).
     */
    long endingTime() {
        return TimeUnit.SECONDS.toNanos(writesArchive ? 20 : 2);
    }

    /** Waits until {@code deadline} (System.nanoTime) for the worker to end, then kills it. */
    void awaitExit(long deadline) {
        try {
            if (process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                afterExit.get(1, TimeUnit.SECONDS); // before this process may end too
            } else {
                kill();
            }
        } catch (ExecutionException | TimeoutException e) {
            // the archive is only a head start
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }
}
