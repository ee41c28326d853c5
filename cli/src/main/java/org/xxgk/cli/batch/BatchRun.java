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

    /**
     * Made on first use, not with the class: `new BatchRun(…)` initialises the class before the
     * workers are started, and an ObjectMapper costs a fresh JVM 0.17 s.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final int jobs;
    private final Duration timeout;
    private final org.xxgk.OcrMode ocr;
    private final boolean force;
    /** Whether each JSON says where its values were read. */
    private boolean provenance;
    /** Where an input's JSON goes, or null when no per-file JSON is written. */
    private final Function<Input, Path> jsonPath;
    private final Progress progress;
    /** The single file's conversion, begun before the command line was read, or null. */
    private HeadStart head;

    public BatchRun(int jobs, Duration timeout, boolean force, Function<Input, Path> jsonPath, Progress progress) {
        this(jobs, timeout, org.xxgk.OcrMode.AUTO, force, jsonPath, progress);
    }

    public BatchRun(int jobs, Duration timeout, org.xxgk.OcrMode ocr, boolean force, Function<Input, Path> jsonPath, Progress progress) {
        this.ocr = ocr;
        this.jobs = Math.max(1, jobs);
        this.timeout = timeout;
        this.force = force;
        this.jsonPath = jsonPath;
        this.progress = progress;
    }

    /** Each JSON with its provenance (where each value was read); an earlier output without it is not reused. */
    public BatchRun withProvenance(boolean provenance) {
        this.provenance = provenance;
        return this;
    }

    /** Takes over {@code head}'s conversion when it is of this run's only file (else stops it). */
    public BatchRun withHeadStart(HeadStart head) {
        this.head = head;
        return this;
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
        // One file converts in this process (the command ends at its time limit anyway); more, in
        // worker processes that are killed at the limit, so one bad file cannot slow the rest.
        if (head != null && inputs.size() != 1) {
            head.cancel();
        }
        try (Conversions converter = inputs.size() == 1 ? new TimedConverter(timeout, ocr, head)
                : new org.xxgk.cli.worker.WorkerConverter(Math.min(jobs, inputs.size()), timeout, ocr, inputs.size())) {
            List<Future<List<Outcome>>> running = new ArrayList<>();
            for (Input input : inputs) {
                running.add(workers.submit(() -> convert(input, converter)));
            }
            for (Future<List<Outcome>> future : running) {
                outcomes.addAll(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a conversion task failed outside the converter", e.getCause());
        } finally {
            workers.shutdownNow();
            if (head != null) {
                head.cancel(); // not taken (an archive, a file that changed): its work is not wanted
            }
            progress.finish();
        }
        return outcomes;
    }

    /** The outcome of one input file: one report, or one for each report of a ZIP archive. */
    private List<Outcome> convert(Input input, Conversions converter) {
        long start = System.nanoTime();
        byte[] content;
        try {
            content = Files.readAllBytes(input.file());
        } catch (IOException | OutOfMemoryError e) {
            Report failed = Report.failed(new SourceInfo(input.file().getFileName().toString(), "application/octet-stream",
                    Converter.sha256(new byte[0]), null),
                    new Finding(Rules.UNREADABLE, Severity.ERROR, "", "无法读取文件：" + e.getMessage(), null, null));
            return List.of(done(outcome(input, ReportJson.write(failed, provenance), start, false)));
        }
        String name = input.file().getFileName().toString();
        if (!converter.isArchive(content, name)) {
            return List.of(done(convert(input, content, name, jsonPath == null ? null : jsonPath.apply(input), converter, start)));
        }
        // A ZIP of reports: each report inside is converted (under the time limit) and written in a
        // folder named after the archive, mirroring the archive's folders.
        Path folder = jsonPath == null ? null : archiveFolder(jsonPath.apply(input));
        java.util.Set<String> taken = new java.util.HashSet<>();
        List<Outcome> outcomes = new ArrayList<>();
        List<String> reports = converter.convertArchive(content, name, provenance);
        progress.more(reports.size() - 1);
        for (String json : reports) {
            String file = sourceFile(json);
            if (!file.contains("!/")) {
                // the archive itself could not be opened: one failed file, written where its JSON goes
                outcomes.add(done(written(jsonPath == null ? null : jsonPath.apply(input), outcome(input, json, start, false))));
                continue;
            }
            String entry = file.substring(file.indexOf("!/") + 2);
            Input inside = new Input(input.file(), Path.of(input.relative() + "!", entry.split("/")));
            Path target = null;
            if (folder != null) {
                Path entryPath = Path.of(".", entry.split("/")).normalize();
                Path dir = entryPath.getParent() == null ? folder : folder.resolve(entryPath.getParent());
                target = dir.resolve(org.xxgk.cli.OutputNames.jsonName(entryPath, taken, dir.toString()));
            }
            outcomes.add(done(written(target, outcome(inside, json, start, false))));
            start = System.nanoTime();
        }
        return outcomes;
    }

    private Outcome done(Outcome outcome) {
        progress.done(outcome);
        return outcome;
    }

    /** out/sub/reports.json for reports.zip becomes the folder out/sub/reports/ for its contents. */
    private static Path archiveFolder(Path json) {
        String name = json.getFileName().toString();
        return json.resolveSibling(name.endsWith(".json") ? name.substring(0, name.length() - 5) : name + ".d");
    }

    /** The outcome once its JSON is written to {@code target} (if any); failed when it could not be. */
    private Outcome written(Path target, Outcome outcome) {
        if (target == null) {
            return outcome;
        }
        try {
            AtomicFiles.write(target, outcome.text());
            return outcome.storedIn(target);
        } catch (IOException | RuntimeException e) {
            return outcome.unwritten("无法写入结果文件 " + target + "（" + WriteErrors.describe(e) + "）");
        }
    }

    private static String sourceFile(String json) {
        try {
            return Json.MAPPER.readTree(json).path("source").path("file").asText();
        } catch (IOException e) {
            throw new IllegalStateException("the converter's own JSON", e);
        }
    }

    private Outcome convert(Input input, byte[] content, String name, Path target, Conversions converter, long start) {
        if (target != null && !force) {
            String previous = previousOutput(target, Converter.sha256(content), provenance);
            if (previous != null) {
                return outcome(input, previous, start, true).storedIn(target);
            }
        }
        return written(target, outcome(input, converter.convert(content, name, provenance), start, false));
    }

    /**
     * An earlier output for the same bytes, with provenance if and only if it is asked for, or
     * null; a damaged or foreign file is converted again.
     */
    private static String previousOutput(Path target, String sha256, boolean provenance) {
        if (!Files.isRegularFile(target)) {
            return null;
        }
        try {
            String json = Files.readString(target, StandardCharsets.UTF_8);
            JsonNode document = Json.MAPPER.readTree(json);
            return sha256.equals(document.path("source").path("sha256").asText()) && document.has("provenance") == provenance ? json : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Outcome outcome(Input input, String json, long start, boolean reused) {
        return Outcome.of(input, json, (System.nanoTime() - start) / 1_000_000, reused);
    }
}
