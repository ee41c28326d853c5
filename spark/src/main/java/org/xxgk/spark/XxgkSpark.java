package org.xxgk.spark;

import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * {@code xxgk-spark}: the conversion as a Spark job (see docs/scale-out.md). Exit 0 when the run
 * finished, whatever became of single files (failed files are rows with status failed); 1 when the
 * run itself failed (nothing of it is published); 2 on a usage error or when no input matched anything.
 */
public final class XxgkSpark {

    private XxgkSpark() {
    }

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (JobOptions.UsageError e) {
            System.err.println("xxgk-spark：" + e.getMessage());
            System.err.println(JobOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("xxgk-spark").getOrCreate();
        ScaleOutJob.Result result;
        try {
            result = new ScaleOutJob(spark).run(options);
        } catch (RuntimeException e) {
            // Not a file's failure (those are rows): the output cannot be written, the cluster went away.
            System.err.println("xxgk-spark：运行失败（" + e.getMessage() + "），本次结果未写入；再次运行时只转换尚无结果的文件");
            spark.stop();
            System.exit(1);
            return;
        }
        spark.stop();
        for (String input : result.missingInputs()) {
            System.err.println("xxgk-spark：" + input + "：没有找到任何文件");
        }
        System.err.println(summary(result, options.output()));
        if (result.reportsByStatus().isEmpty() && result.skippedFiles() == 0 && !result.missingInputs().isEmpty()) {
            System.exit(2);
        }
        // Success returns from main: on YARN in cluster mode, System.exit(0) can leave the application marked failed.
    }

    /** The run in one Chinese sentence: reports by status, files skipped, where the outputs are. */
    static String summary(ScaleOutJob.Result result, String output) {
        long reports = result.reportsByStatus().values().stream().mapToLong(Long::longValue).sum();
        StringBuilder text = new StringBuilder("xxgk-spark：本次转换 " + reports + " 份报告");
        if (reports > 0) {
            text.append("（");
            String separator = "";
            for (Map.Entry<String, Long> e : result.reportsByStatus().entrySet()) {
                text.append(separator).append(e.getKey()).append(' ').append(e.getValue());
                separator = "，";
            }
            text.append("）");
        }
        text.append("，跳过 ").append(result.skippedFiles()).append(" 个已有结果的文件；结果在 ").append(output)
                .append(" 的 reports、values、findings、files 目录下的 run=").append(result.runId());
        return text.toString();
    }
}
