package org.xxgk.cli.worker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.xxgk.Converter;
import org.xxgk.Limits;
import org.xxgk.OcrMode;
import org.xxgk.model.Finding;
import org.xxgk.model.Report;
import org.xxgk.model.Rules;
import org.xxgk.model.Severity;
import org.xxgk.write.ReportJson;

/**
 * A worker process: converts the files its parent sends on standard input, as many at once as it
 * was started with threads for (the parent never sends more), and answers each with its canonical
 * JSON on standard output as it finishes (see {@link Protocol}). Several conversions in one JVM
 * share its loaded classes and compiled code, which a worker's first files spend most of their
 * CPU on. It ends when its input closes and its conversions are done. Nothing else may write to
 * standard output, so {@code System.out} is pointed at standard error (which the parent
 * discards) before anything is loaded.
 */
public final class WorkerMain {

    private WorkerMain() {
    }

    /**
     * Arguments: the OCR mode, warm or cold, how many files to convert at once, and "archiving"
     * when this JVM writes the workers' class archive at its end.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        DataOutputStream answers = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        DataInputStream requests = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        watchParent();
        Converter converter = new Converter(Limits.DEFAULT, OcrMode.valueOf(args[0]));
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        // A worker replacing one that was killed or retired warms up (class loading, the script
        // tables, PDFBox's font list) before it says it is ready: the next file's time limit is
        // its own. The first workers of a run start at once; their first files pay for loading,
        // as an in-process conversion would.
        if (args.length > 1 && args[1].equals("warm")) {
            WarmUp.run(converter);
        }
        Protocol.writeReady(answers);
        ExecutorService conversions = Executors.newFixedThreadPool(threads, task -> new Thread(task, "xxgk-conversion"));
        while (true) {
            Protocol.Request request;
            try {
                request = Protocol.readRequest(requests);
            } catch (EOFException e) {
                break; // the parent is done (or gone)
            }
            conversions.execute(() -> answer(converter, request, answers, threads));
        }
        conversions.shutdown();
        conversions.awaitTermination(1, TimeUnit.DAYS);
        // The class archive this JVM writes as it ends serves every later worker, whatever its
        // files: it holds the classes of every kind of file, not only of those this batch had.
        if (args.length > 3 && args[3].equals("archiving")) {
            WarmUp.run(converter);
        }
    }

    private static void answer(Converter converter, Protocol.Request request, DataOutputStream answers, int threads) {
        String json;
        try {
            json = ReportJson.write(converter.convert(request.content(), request.name()), request.provenance());
        } catch (Throwable e) {
            // Converter never throws for a bad document; whatever this is, the answer is a failed report.
            json = ReportJson.write(Report.failed(converter.source(request.content(), request.name()),
                    new Finding(Rules.UNREADABLE, Severity.ERROR, "", "读取文档时出错，无法转换该文件", null, null)), request.provenance());
        }
        boolean retire = tired();
        try {
            synchronized (answers) {
                Protocol.writeAnswer(answers, request.id(), json, retire);
            }
        } catch (IOException e) {
            Runtime.getRuntime().halt(4); // the parent stopped listening: nothing left to do
        }
        if (!retire) {
            settle(threads);
        }
    }

    /**
     * Ends this worker when the process that started it is gone (killed without a chance to stop
     * its workers): a conversion in progress would otherwise run on with no one to answer.
     */
    private static void watchParent() {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        if (parent == null) {
            return;
        }
        Thread watch = new Thread(() -> {
            while (parent.isAlive()) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(3);
        }, "xxgk-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** Above this much committed heap per conversion thread after a file, the worker collects and gives the rest back. */
    private static final long SETTLED_HEAP = 160L * 1024 * 1024;

    /**
     * After the answer is sent (outside the file's time): a file that grew the heap (a large
     * workbook, a bomb stopped at its limit) leaves it committed, and several idle workers would
     * hold the machine's memory for nothing. A full collection with the worker's heap-free ratios
     * hands it back to the system.
     */
    private static void settle(int threads) {
        if (Runtime.getRuntime().totalMemory() > SETTLED_HEAP * threads) {
            System.gc();
        }
    }

    /** After a conversion left the heap mostly full, this worker retires and a fresh one takes over. */
    private static boolean tired() {
        Runtime r = Runtime.getRuntime();
        long used = r.totalMemory() - r.freeMemory();
        return used > 0.8 * r.maxMemory();
    }
}
