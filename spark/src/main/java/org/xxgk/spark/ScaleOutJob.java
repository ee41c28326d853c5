package org.xxgk.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * One run of the job: lists the inputs, converts every file not converted before (by sha256),
 * and adds this run's outputs under the output folder, each kind in a folder of its own:
 * {@code reports/run=ID/} (JSON Lines), {@code values/run=ID/}, {@code findings/run=ID/} and
 * {@code files/run=ID/} (Parquet). A run writes into {@code _staging/run=ID/} (hidden from
 * readers) and moves each kind into place when all are written, the files table last: a run
 * that dies leaves nothing a reader or the next run sees as done.
 */
public final class ScaleOutJob {

    /** The output kinds, in the order they are moved into place; files last, as it marks what is done. */
    static final List<String> KINDS = List.of("reports", "values", "findings", "files");

    /** What a run did, for its summary. */
    public record Result(String runId, Map<String, Long> reportsByStatus, long skippedFiles, List<String> missingInputs) {
    }

    private final SparkSession spark;

    public ScaleOutJob(SparkSession spark) {
        this.spark = spark;
    }

    public Result run(JobOptions options) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = context.hadoopConfiguration();
        hadoop.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true); // folders are walked
        List<String> inputs = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String input : options.inputs()) {
            (matchesAnything(input, hadoop) ? inputs : missing).add(input);
        }
        String runId = LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'"));
        if (inputs.isEmpty()) {
            return new Result(runId, Map.of(), 0, missing);
        }
        Path output = new Path(options.output());
        Broadcast<DoneFiles> done = context.broadcast(options.force() ? DoneFiles.none() : doneFiles(output, hadoop));
        int partitions = options.partitions() > 0 ? options.partitions() : 4 * context.defaultParallelism();

        // binaryFiles packs small files into few splits; spreading the (lazy) streams over more
        // partitions moves only their paths, and keeps a slow file from holding back many others.
        JavaRDD<ConvertedFile> converted = context.binaryFiles(String.join(",", inputs), partitions)
                .repartition(partitions)
                .mapPartitions(new ConvertPartition(options, done))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            Path staging = new Path(output, "_staging/run=" + runId);
            spark.createDataset(converted.flatMap(f -> f.lines().iterator()).rdd(), Encoders.STRING())
                    .write().text(new Path(staging, "reports").toString());
            spark.createDataFrame(converted.flatMap(f -> f.values().iterator()), OutputTables.VALUES)
                    .write().parquet(new Path(staging, "values").toString());
            spark.createDataFrame(converted.flatMap(f -> f.findings().iterator()), OutputTables.FINDINGS)
                    .write().parquet(new Path(staging, "findings").toString());
            spark.createDataFrame(converted.flatMap(f -> f.files().iterator()), OutputTables.FILES)
                    .write().parquet(new Path(staging, "files").toString());
            publish(output, staging, runId, hadoop);
            Map<String, Long> byStatus = new TreeMap<>(converted.flatMap(f -> f.files().iterator())
                    .map(ScaleOutJob::statusOf).countByValue());
            long skipped = converted.filter(ConvertedFile::skipped).count();
            return new Result(runId, byStatus, skipped, missing);
        } finally {
            converted.unpersist(false);
            done.destroy();
        }
    }

    /** Moves each kind from the staging folder to its place, the files table last. */
    private static void publish(Path output, Path staging, String runId, Configuration hadoop) {
        try {
            FileSystem fs = output.getFileSystem(hadoop);
            for (String kind : KINDS) {
                Path target = new Path(output, kind);
                fs.mkdirs(target);
                if (!fs.rename(new Path(staging, kind), new Path(target, "run=" + runId))) {
                    throw new IOException("cannot move " + new Path(staging, kind) + " to " + target);
                }
            }
            fs.delete(staging, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sha256 of every input converted by an earlier run into {@code output} (its files table). */
    private DoneFiles doneFiles(Path output, Configuration hadoop) {
        Path files = new Path(output, "files");
        try {
            FileSystem fs = files.getFileSystem(hadoop);
            if (!fs.exists(files) || fs.listStatus(files, p -> p.getName().startsWith("run=")).length == 0) {
                return DoneFiles.none();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> sha256s = spark.read().parquet(files.toString()).select("input_sha256").distinct()
                .as(Encoders.STRING()).collectAsList();
        return DoneFiles.of(sha256s);
    }

    private static boolean matchesAnything(String input, Configuration hadoop) {
        try {
            Path path = new Path(input);
            FileStatus[] found = path.getFileSystem(hadoop).globStatus(path);
            return found != null && found.length > 0;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    static String statusOf(Row row) {
        return row.getString(OutputTables.FILES.fieldIndex("status"));
    }
}
