package org.xxgk.spark;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.xxgk.Converter;
import org.xxgk.Limits;
import org.xxgk.TimedConversion;
import org.xxgk.model.Finding;
import org.xxgk.model.Report;
import org.xxgk.model.Rules;
import org.xxgk.model.Severity;
import org.xxgk.model.SourceInfo;
import scala.Tuple2;

/**
 * Converts the files of one partition, one after another, with one converter for the partition
 * and the command line's limits: {@link Limits#DEFAULT} and the time limit of {@link TimedConversion}
 * (as {@code xxgk convert FILE} has them). Files are read and converted only as Spark asks for
 * the next one, so a partition's files are never all in memory. Nothing a file does fails the
 * task: an unreadable file, a conversion past the time limit or an error of the converter is a
 * report with status failed.
 */
final class ConvertPartition implements FlatMapFunction<Iterator<Tuple2<String, PortableDataStream>>, ConvertedFile> {

    private final JobOptions options;
    private final Broadcast<DoneFiles> done;

    ConvertPartition(JobOptions options, Broadcast<DoneFiles> done) {
        this.options = options;
        this.done = done;
    }

    @Override
    public Iterator<ConvertedFile> call(Iterator<Tuple2<String, PortableDataStream>> files) {
        TimedConversion timed = new TimedConversion(new Converter(Limits.DEFAULT, options.ocr()), options.timeout());
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) context -> timed.close()); // also when killed
        }
        DoneFiles skip = options.force() ? DoneFiles.none() : done.value();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = files.hasNext();
                if (!more) {
                    timed.close();
                }
                return more;
            }

            @Override
            public ConvertedFile next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Tuple2<String, PortableDataStream> file = files.next();
                return convert(file._1(), file._2(), timed, skip);
            }
        };
    }

    static ConvertedFile convert(String path, PortableDataStream stream, TimedConversion timed, DoneFiles skip) {
        long start = System.nanoTime();
        String name = path.substring(path.lastIndexOf('/') + 1);
        byte[] content;
        try {
            content = stream.toArray();
        } catch (RuntimeException | OutOfMemoryError e) {
            // As the command line reports a file it cannot read.
            Report failed = Report.failed(new SourceInfo(Converter.safeName(name), "application/octet-stream",
                    Converter.sha256(new byte[0]), null), failure("无法读取文件：" + e.getMessage()));
            return ConvertedFile.of(path, failed.source().sha256(), millis(start), List.of(failed));
        }
        String sha256 = Converter.sha256(content);
        if (skip.contains(sha256)) {
            return ConvertedFile.skipped(path);
        }
        List<Report> reports;
        try {
            reports = timed.converter().isArchive(content, name) ? timed.convertArchive(content, name)
                    : List.of(timed.convert(content, name));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // The converter never throws for a bad document; whatever this is, the file failed, not the job.
            reports = List.of(Report.failed(timed.converter().source(content, name), failure("读取文档时出错，无法转换该文件")));
        }
        return ConvertedFile.of(path, sha256, millis(start), reports);
    }

    private static Finding failure(String message) {
        return new Finding(Rules.UNREADABLE, Severity.ERROR, "", message, null, null);
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
