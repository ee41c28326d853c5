package org.xxgk.cli.batch;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The closing account of a batch, in Chinese: counts by status, failures with reasons, slowest files. */
public final class Summary {

    private static final Map<String, String> STATUS_NAMES = new LinkedHashMap<>();

    static {
        STATUS_NAMES.put("ok", "ok（三张表齐全，数字自洽）");
        STATUS_NAMES.put("inconsistent", "inconsistent（原文数字不满足勾稽关系）");
        STATUS_NAMES.put("incomplete", "incomplete（缺少表格或数值）");
        STATUS_NAMES.put("failed", "failed（无法读取）");
    }

    private static final int SLOWEST = 5;

    private Summary() {
    }

    public static void print(List<Outcome> outcomes, long elapsedMillis, PrintStream out) {
        out.printf("转换完成：共 %d 个文件，用时 %.1f 秒%s%n", outcomes.size(), elapsedMillis / 1000.0,
                elapsedMillis > 0 ? String.format("（每秒 %.1f 个）", outcomes.size() * 1000.0 / elapsedMillis) : "");
        for (Map.Entry<String, String> status : STATUS_NAMES.entrySet()) {
            long count = outcomes.stream().filter(o -> o.status().equals(status.getKey())).count();
            out.printf("  %-40s %d%n", status.getValue(), count);
        }
        long reused = outcomes.stream().filter(Outcome::reused).count();
        if (reused > 0) {
            out.printf("  其中 %d 个文件与上次转换时相同，沿用了已有结果（--force 可重新转换）%n", reused);
        }
        List<Outcome> failed = outcomes.stream().filter(o -> o.status().equals("failed")).toList();
        if (!failed.isEmpty()) {
            out.println("失败的文件：");
            for (Outcome o : failed) {
                out.printf("  %s：%s%n", o.input().relative(), o.reason());
            }
        }
        List<Outcome> converted = outcomes.stream().filter(o -> !o.reused())
                .sorted(Comparator.comparingLong(Outcome::millis).reversed()).limit(SLOWEST).toList();
        if (converted.size() > 1) {
            out.println("最慢的文件：");
            for (Outcome o : converted) {
                out.printf("  %6d ms  %s%n", o.millis(), o.input().relative());
            }
        }
        out.flush();
    }
}
