package org.xxgk.spark;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xxgk.OcrMode;
import org.xxgk.TimedConversion;

/**
 * What one run of the job is asked to do: {@code [options] INPUT... OUTPUT}, the inputs being
 * files, folders or globs on any Hadoop file system, the output a folder.
 *
 * @param partitions how many partitions the files are spread over; 0: four per core of the cluster
 */
public record JobOptions(List<String> inputs, String output, Duration timeout, OcrMode ocr, int partitions, boolean force)
        implements Serializable {

    public static final String USAGE = """
            用法：xxgk-spark [--timeout 60s] [--ocr auto|off|force] [--partitions N] [--force] 输入... 输出目录
              输入      文件、文件夹或通配符（本地、HDFS、S3A 等 Hadoop 文件系统），可给多个
              输出目录  reports/（JSON Lines）、values/、findings/、files/（Parquet）写在这里
              --timeout     每个文件的转换时间上限（默认 60s）
              --ocr         图片的文字识别：auto（默认）、off、force
              --partitions  文件分成多少个分区（默认：集群每个核 4 个）
              --force       即使输出目录中已有相同内容（sha256 相同）的结果，也重新转换""";

    /** Usage errors, in Chinese, for the user. */
    public static final class UsageError extends Exception {
        UsageError(String message) {
            super(message);
        }
    }

    public static JobOptions parse(String... args) throws UsageError {
        List<String> paths = new ArrayList<>();
        Duration timeout = Duration.ofSeconds(60);
        OcrMode ocr = OcrMode.AUTO;
        int partitions = 0;
        boolean force = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--timeout" -> {
                    try {
                        timeout = TimedConversion.parseLimit(value(args, ++i, arg));
                    } catch (IllegalArgumentException e) {
                        throw new UsageError("--timeout 需要一个正的时间，例如 60s、500ms、2m：" + args[i]);
                    }
                }
                case "--ocr" -> {
                    String mode = value(args, ++i, arg);
                    try {
                        ocr = OcrMode.valueOf(mode.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new UsageError("--ocr 只能是 auto、off 或 force：" + mode);
                    }
                }
                case "--partitions" -> {
                    String n = value(args, ++i, arg);
                    try {
                        partitions = Integer.parseInt(n);
                    } catch (NumberFormatException e) {
                        partitions = -1;
                    }
                    if (partitions < 1) {
                        throw new UsageError("--partitions 需要一个正整数：" + n);
                    }
                }
                case "--force" -> force = true;
                default -> {
                    if (arg.startsWith("--")) {
                        throw new UsageError("未知选项：" + arg);
                    }
                    paths.add(arg);
                }
            }
        }
        if (paths.size() < 2) {
            throw new UsageError("需要至少一个输入和一个输出目录");
        }
        return new JobOptions(List.copyOf(paths.subList(0, paths.size() - 1)), paths.get(paths.size() - 1), timeout, ocr,
                partitions, force);
    }

    private static String value(String[] args, int i, String option) throws UsageError {
        if (i >= args.length) {
            throw new UsageError(option + " 后面缺少取值");
        }
        return args[i];
    }
}
