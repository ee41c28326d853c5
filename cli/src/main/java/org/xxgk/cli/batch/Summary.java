package org.xxgk.cli.batch;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import org.xxgk.cli.CliTexts;

/** The closing account of a batch: counts by status, failures with reasons, slowest files. */
public final class Summary {

    private static final List<String> STATUSES = List.of("ok", "inconsistent", "incomplete", "failed");
    private static final int SLOWEST = 5;

    private Summary() {
    }

    public static void print(List<Outcome> outcomes, long elapsedMillis, PrintStream out, CliTexts texts) {
        out.println(texts.get("summary.done", outcomes.size(), elapsedMillis / 1000.0)
                + (elapsedMillis > 0 ? texts.get("summary.rate", outcomes.size() * 1000.0 / elapsedMillis) : ""));
        // The counts line up in one column whatever the language: names padded by display width.
        int column = STATUSES.stream().mapToInt(s -> DisplayWidth.of(texts.get("summary." + s))).max().orElse(0) + 2;
        for (String status : STATUSES) {
            long count = outcomes.stream().filter(o -> o.status().equals(status)).count();
            out.println("  " + DisplayWidth.padRight(texts.get("summary." + status), column) + count);
        }
        long reused = outcomes.stream().filter(Outcome::reused).count();
        if (reused > 0) {
            out.println("  " + texts.get("summary.reused", reused));
        }
        List<Outcome> failed = outcomes.stream().filter(o -> o.status().equals("failed")).toList();
        if (!failed.isEmpty()) {
            out.println(texts.get("summary.failedFiles"));
            for (Outcome o : failed) {
                out.println("  " + o.input().relative() + "：" + o.reason());
            }
        }
        List<Outcome> converted = outcomes.stream().filter(o -> !o.reused())
                .sorted(Comparator.comparingLong(Outcome::millis).reversed()).limit(SLOWEST).toList();
        if (converted.size() > 1) {
            out.println(texts.get("summary.slowest"));
            for (Outcome o : converted) {
                out.printf("  %6d ms  %s%n", o.millis(), o.input().relative());
            }
        }
        out.flush();
    }
}
