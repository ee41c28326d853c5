package org.xxgk.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.xxgk.Converter;
import org.xxgk.cli.AtomicFiles;
import org.xxgk.model.Finding;
import org.xxgk.model.Report;
import org.xxgk.model.Rules;
import org.xxgk.model.Severity;
import org.xxgk.model.SourceInfo;
import org.xxgk.write.ReportJson;

/**
 * Converts many files, several at a time. Each file's JSON (when asked for) is written to its
 * own output path under a temporary name and renamed; a file whose output already holds the
 * conversion of the same bytes (same sha256) is not converted again. One file's failure never
 * stops the others.
 */
public final class BatchRun {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int jobs;
    private final Duration timeout;
    private final boolean force;
    /** Where an input's JSON goes, or null when no per-file JSON is written. */
    private final Function<Input, Path> jsonPath;
    private final Progress progress;

    public BatchRun(int jobs, Duration timeout, boolean force, Function<Input, Path> jsonPath, Progress progress) {
        this.jobs = Math.max(1, jobs);
        this.timeout = timeout;
        this.force = force;
        this.jsonPath = jsonPath;
        this.progress = progress;
    }

    /** The outcomes, in the order of the inputs. */
    public List<Outcome> run(List<Input> inputs) {
        progress.start(inputs.size());
        List<Outcome> outcomes = new ArrayList<>();
        ExecutorService workers = Executors.newFixedThreadPool(jobs, task -> {
            Thread thread = new Thread(task, "xxgk-batch");
            thread.setDaemon(true);
            return thread;
        });
        try (TimedConverter converter = new TimedConverter(timeout)) {
            List<Future<Outcome>> running = new ArrayList<>();
            for (Input input : inputs) {
                running.add(workers.submit(() -> {
                    Outcome outcome = convert(input, converter);
                    progress.done(outcome);
                    return outcome;
                }));
            }
            for (Future<Outcome> future : running) {
                outcomes.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a conversion task failed outside the converter", e.getCause());
        } finally {
            workers.shutdownNow();
            progress.finish();
        }
        return outcomes;
    }

    private Outcome convert(Input input, TimedConverter converter) {
        long start = System.nanoTime();
        byte[] content;
        try {
            content = Files.readAllBytes(input.file());
        } catch (IOException | OutOfMemoryError e) {
            Report failed = Report.failed(new SourceInfo(input.file().getFileName().toString(), "application/octet-stream",
                    Converter.sha256(new byte[0]), null),
                    new Finding(Rules.UNREADABLE, Severity.ERROR, "", "无法读取文件：" + e.getMessage(), null, null));
            return outcome(input, ReportJson.write(failed), start, false);
        }
        Path target = jsonPath == null ? null : jsonPath.apply(input);
        if (target != null && !force) {
            String previous = previousOutput(target, Converter.sha256(content));
            if (previous != null) {
                return outcome(input, previous, start, true);
            }
        }
        String json = ReportJson.write(converter.convert(content, input.file().getFileName().toString()));
        if (target != null) {
            try {
                AtomicFiles.write(target, json);
            } catch (IOException e) {
                progress.warn("无法写入 " + target + "（" + e.getMessage() + "）");
            }
        }
        return outcome(input, json, start, false);
    }

    /** An earlier output for the same bytes, or null; a damaged or foreign file is converted again. */
    private static String previousOutput(Path target, String sha256) {
        if (!Files.isRegularFile(target)) {
            return null;
        }
        try {
            String json = Files.readString(target, StandardCharsets.UTF_8);
            JsonNode document = JSON.readTree(json);
            return sha256.equals(document.path("source").path("sha256").asText()) ? json : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Outcome outcome(Input input, String json, long start, boolean reused) {
        try {
            return new Outcome(input, json, JSON.readTree(json), (System.nanoTime() - start) / 1_000_000, reused);
        } catch (IOException e) {
            throw new IllegalStateException("canonical JSON always parses", e);
        }
    }
}
