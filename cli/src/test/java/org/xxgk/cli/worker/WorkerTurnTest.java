package org.xxgk.cli.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xxgk.Converter;
import org.xxgk.Limits;
import org.xxgk.OcrMode;
import org.xxgk.cli.Cli;
import org.xxgk.write.ReportJson;

/**
 * A worker's turn ends after its share of files: a fresh worker takes over (the old one goes on
 * while the new one warms up, then ends), never more than the two at once, and every file's
 * JSON is the one converting it in this JVM gives.
 */
class WorkerTurnTest {

    @AfterEach
    void forget() {
        System.clearProperty("xxgk.worker.retireAfter");
    }

    @Test
    void workersTakeTurnsAndEveryFileConverts() throws Exception {
        System.setProperty("xxgk.worker.retireAfter", "4");
        byte[] page = Files.readAllBytes(Cli.testdata("html/004.html"));
        String expected = ReportJson.write(new Converter(Limits.DEFAULT, OcrMode.OFF).convert(page, "004.html"), false);
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        int most = 0;
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try (WorkerConverter workers = new WorkerConverter(2, Duration.ofMinutes(1), OcrMode.OFF, 10)) {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                answers.add(callers.submit(() -> workers.convert(page, "004.html", false)));
            }
            for (Future<String> answer : answers) {
                assertEquals(expected, answer.get());
                List<ProcessHandle> alive = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
                alive.forEach(p -> seen.add(p.pid()));
                most = Math.max(most, alive.size());
            }
        } finally {
            callers.shutdownNow();
        }
        // 10 files, 4 each: the first worker and at least one that took over (one more may be starting).
        assertTrue(seen.size() >= 2, "workers seen: " + seen);
        assertTrue(most <= 2, "never more than a worker and the one taking over: " + most);
    }
}
