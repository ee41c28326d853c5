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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.xxgk.OcrMode;

/** One worker process (a JVM running {@link WorkerMain}) and the pipes to it. */
final class Worker {

    /** The worker's answer did not come within the time limit; it has been killed. */
    static final class TooSlow extends Exception {
        TooSlow() {
            super(null, null, false, false);
        }
    }

    /** The worker died or broke the protocol (out of memory, killed from outside). */
    static final class Died extends Exception {
        Died(Throwable cause) {
            super(cause);
        }
    }

    private final Process process;
    private final DataOutputStream requests;
    private final DataInputStream answers;

    private Worker(Process process) {
        this.process = process;
        this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        this.answers = new DataInputStream(new BufferedInputStream(process.getInputStream()));
    }

    /**
     * A new worker process, started but not yet ready (see {@link #awaitReady}): this JVM's java
     * and class path, a heap of its own, its standard error discarded (library log lines and
     * stack traces are no concern of users; the answer says what went wrong).
     */
    static Worker launch(OcrMode ocr, String heap, boolean warm) throws IOException {
        String java = javaLauncher();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+UseSerialGC", "-Xss4m",
                // a heap that gives memory back after a large file (see WorkerMain.settle)
                "-Xms16m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-Dorg.slf4j.simpleLogger.defaultLogLevel=off",
                "-cp", System.getProperty("java.class.path"), WorkerMain.class.getName(), ocr.name(), warm ? "warm" : "cold"));
        return new Worker(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start());
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

    /** Waits for the worker to say it is ready; a worker that cannot is killed. */
    void awaitReady() throws IOException {
        try {
            Protocol.readReady(answers);
        } catch (IOException e) {
            kill();
            throw e;
        }
    }

    /** The file's canonical JSON, read within {@code limit} (waiting on {@code readers}). */
    Protocol.Answer convert(byte[] content, String name, boolean provenance, Duration limit, ExecutorService readers)
            throws TooSlow, Died {
        Future<Protocol.Answer> answer;
        try {
            Protocol.writeRequest(requests, name, content, provenance);
            answer = readers.submit(() -> Protocol.readAnswer(answers));
        } catch (IOException e) {
            kill();
            throw new Died(e);
        }
        try {
            return answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            kill();
            throw new TooSlow();
        } catch (ExecutionException e) {
            kill();
            throw new Died(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            throw new Died(e);
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

    /** Waits until {@code deadline} (System.nanoTime) for the worker to end, then kills it. */
    void awaitExit(long deadline) {
        try {
            if (!process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }
}
