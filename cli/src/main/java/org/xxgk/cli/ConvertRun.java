package org.xxgk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.xxgk.cli.audit.AuditFile;
import org.xxgk.cli.audit.YearContinuity;
import org.xxgk.cli.batch.BarProgress;
import org.xxgk.cli.batch.BatchRun;
import org.xxgk.cli.batch.Input;
import org.xxgk.cli.batch.Inputs;
import org.xxgk.cli.batch.LineProgress;
import org.xxgk.cli.batch.Outcome;
import org.xxgk.cli.batch.Progress;
import org.xxgk.cli.batch.Summary;
import org.xxgk.cli.export.CsvExport;
import org.xxgk.cli.export.XlsxExport;

/**
 * One run of {@code xxgk convert}: collects the inputs, converts them (several at a time), writes
 * the outputs asked for, and returns 0 when every file converted (ok, inconsistent or
 * incomplete), 1 when any failed (or, with --strict, when any is not ok).
 */
final class ConvertRun {

    private final ConvertOptions options;
    private final PrintStream out;
    private final PrintStream err;
    private final CliTexts texts;
    private final org.xxgk.cli.batch.HeadStart head;

    ConvertRun(ConvertOptions options, PrintStream out, PrintStream err, CliTexts texts, org.xxgk.cli.batch.HeadStart head) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.texts = texts;
        this.head = head;
    }

    int call() {
        Inputs inputs = Inputs.collect(options.inputs);
        for (Inputs.Problem problem : inputs.problems()) {
            err.println(texts.get("run.inputProblem", problem.argument(), problem.message()));
        }
        List<Input> files = inputs.files();
        boolean batch = files.size() > 1 || options.writesFiles();
        Progress progress = !batch || options.quiet ? Progress.silent()
                : System.console() != null ? new BarProgress(err, texts) : new LineProgress(err, texts);
        removeStaleTemporaryFiles(files);

        long start = System.nanoTime();
        List<Outcome> outcomes = new BatchRun(options.jobs, options.timeout, options.ocr, options.force, jsonPaths(files), progress)
                .withProvenance(options.provenance).withHeadStart(head).run(files);
        long elapsed = (System.nanoTime() - start) / 1_000_000;

        boolean aggregatesWritten = writeAggregates(outcomes);
        boolean writeFailed = !aggregatesWritten | !listWritten(outcomes, aggregatesWritten);
        if (!options.writesFiles()) {
            printDocuments(outcomes);
        }
        if (batch && !options.quiet) {
            Summary.print(outcomes, elapsed, err, texts);
        } else {
            outcomes.stream().filter(o -> o.status().equals("failed"))
                    .forEach(o -> err.println(texts.get("run.failed", o.input().file(), o.reason())));
        }
        if (!options.quiet) {
            hintAtOcr(outcomes);
        }
        boolean anyFailed = !inputs.problems().isEmpty() || writeFailed
                || outcomes.stream().anyMatch(o -> o.status().equals("failed"));
        boolean anyNotOk = outcomes.stream().anyMatch(o -> !o.status().equals("ok"));
        return anyFailed || (options.strict && anyNotOk) ? 1 : 0;
    }

    /** Once, when tables were pictures that could not be read for want of Tesseract: how to add it. */
    private void hintAtOcr(List<Outcome> outcomes) {
        // Looking for Tesseract starts a process: only when a picture went unread.
        if (options.ocr == org.xxgk.OcrMode.OFF || outcomes.stream().noneMatch(Outcome::picturesUnread)) {
            return;
        }
        var tesseract = org.xxgk.Converter.installedTesseract();
        if (tesseract.install() == null) {
            err.println(texts.get("run.ocrHint", tesseract.problem()));
        }
    }

    /** Each input's JSON file: mirrored under -o DIR, or beside the input; names kept apart. */
    private Function<Input, Path> jsonPaths(List<Input> files) {
        if (options.outputDir == null && !options.beside) {
            return null;
        }
        java.util.Map<Input, Path> paths = new java.util.HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Input input : files) {
            Path folder = options.beside ? input.file().toAbsolutePath().getParent()
                    : input.relative().getParent() == null ? options.outputDir : options.outputDir.resolve(input.relative().getParent());
            String name = OutputNames.jsonName(input.file(), taken, folder.toAbsolutePath().normalize().toString());
            paths.put(input, folder.resolve(name));
        }
        return paths::get;
    }

    /** A batch killed mid-write leaves its temporary files; they are never results. */
    private void removeStaleTemporaryFiles(List<Input> files) {
        Set<Path> folders = new LinkedHashSet<>();
        if (options.outputDir != null && Files.isDirectory(options.outputDir)) {
            try (Stream<Path> all = Files.walk(options.outputDir)) {
                all.filter(Files::isDirectory).forEach(folders::add);
            } catch (IOException | RuntimeException e) {
                return;
            }
        }
        if (options.beside) {
            files.forEach(f -> folders.add(f.file().toAbsolutePath().getParent()));
        }
        for (Path folder : folders) {
            try (Stream<Path> entries = Files.list(folder)) {
                entries.filter(p -> p.getFileName().toString().matches("\\.xxgk-.*\\.tmp")).forEach(p -> {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException ignored) {
                        // another run may be writing it; leave it
                    }
                });
            } catch (IOException | RuntimeException ignored) {
                // an unreadable folder holds no temporary files of ours to remove
            }
        }
    }

    private boolean writeAggregates(List<Outcome> outcomes) {
        boolean ok = true;
        try {
            if (options.jsonl != null) {
                // One report at a time, straight to the file: a long batch is never held whole.
                AtomicFiles.write(options.jsonl, out -> {
                    for (Outcome o : outcomes) {
                        out.write(org.xxgk.write.ReportJson.line(o.document()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        out.write('\n');
                    }
                });
            }
            if (options.csv != null) {
                CsvExport.write(options.csv, outcomes);
            }
            if (options.xlsx != null) {
                XlsxExport.write(options.xlsx, outcomes, options.xlsxLayout);
            }
            if (options.audit != null) {
                AuditFile.write(options.audit, YearContinuity.check(outcomes));
            }
        } catch (IOException | RuntimeException e) {
            err.println(texts.get("run.writeFailed", e.getMessage()));
            ok = false;
        }
        return ok;
    }

    /** The files this run leaves, for --list-written: each report's JSON, then the aggregates. */
    private boolean listWritten(List<Outcome> outcomes, boolean aggregatesWritten) {
        if (options.listWritten == null) {
            return true;
        }
        List<Path> files = new java.util.ArrayList<>();
        outcomes.stream().map(Outcome::stored).filter(java.util.Objects::nonNull).forEach(files::add);
        if (aggregatesWritten) {
            Stream.of(options.jsonl, options.csv, options.csv == null ? null : CsvExport.longPath(options.csv),
                            options.csv == null ? null : CsvExport.findingsPath(options.csv), options.xlsx, options.audit)
                    .filter(java.util.Objects::nonNull).forEach(files::add);
        }
        StringBuilder list = new StringBuilder();
        files.forEach(p -> list.append(p.toAbsolutePath().normalize()).append('\n'));
        try {
            AtomicFiles.write(options.listWritten, list.toString());
            return true;
        } catch (IOException | RuntimeException e) {
            err.println(texts.get("run.listFailed", e.getMessage()));
            return false;
        }
    }

    /** One document as it is; several as a JSON array of documents. */
    private void printDocuments(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        if (outcomes.size() == 1) {
            out.print(outcomes.get(0).text());
        } else {
            out.print("[\n");
            for (int i = 0; i < outcomes.size(); i++) {
                out.print(outcomes.get(i).text().stripTrailing());
                out.print(i + 1 < outcomes.size() ? ",\n" : "\n");
            }
            out.print("]\n");
        }
        out.flush();
    }
}
