package org.xxgk.cli.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A process and everything it started (the command line and its worker processes, or the server
 * and its workers), measured from Linux's /proc: resident memory summed over the tree, sampled
 * while it runs, and CPU time per process.
 */
final class ProcessTree implements AutoCloseable {

    private static final long PAGE = 4096;
    private static final long TICKS = 100; // USER_HZ on Linux

    private final ProcessHandle root;
    private final AtomicLong peakRss = new AtomicLong();
    private final Thread sampler;
    private volatile boolean stop;

    ProcessTree(ProcessHandle root) {
        this.root = root;
        this.sampler = new Thread(() -> {
            while (!stop && root.isAlive()) {
                peakRss.accumulateAndGet(rss(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    static boolean measurable() {
        return Files.isReadable(Path.of("/proc/self/statm"));
    }

    /** The largest resident size of the whole tree seen since the last reset, in bytes. */
    long peakRss() {
        peakRss.accumulateAndGet(rss(), Math::max);
        return peakRss.get();
    }

    void resetPeak() {
        peakRss.set(0);
    }

    /** Resident bytes of the tree now. */
    long rss() {
        long total = statm(root.pid());
        for (ProcessHandle p : root.descendants().toList()) {
            total += statm(p.pid());
        }
        return total;
    }

    /** CPU seconds used so far by each process of the tree that started no later than {@code since}. */
    Map<Long, Double> cpuOfProcessesStartedBefore(Instant since) {
        Map<Long, Double> cpu = new HashMap<>();
        add(cpu, root, since);
        root.descendants().forEach(p -> add(cpu, p, since));
        return cpu;
    }

    private static void add(Map<Long, Double> cpu, ProcessHandle p, Instant since) {
        if (p.info().startInstant().map(s -> !s.isAfter(since)).orElse(false)) {
            double seconds = cpuSeconds(p.pid());
            if (seconds >= 0) {
                cpu.put(p.pid(), seconds);
            }
        }
    }

    private static long statm(long pid) {
        try {
            String[] fields = Files.readString(Path.of("/proc/" + pid + "/statm")).trim().split("\\s+");
            return Long.parseLong(fields[1]) * PAGE;
        } catch (IOException | RuntimeException e) {
            return 0; // it ended between listing and reading
        }
    }

    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) TICKS;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        stop = true;
        sampler.interrupt();
    }
}
