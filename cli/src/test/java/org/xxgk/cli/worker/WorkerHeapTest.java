package org.xxgk.cli.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xxgk.Converter;
import org.xxgk.Limits;
import org.xxgk.OcrMode;
import org.xxgk.cli.Cli;
import org.xxgk.write.ReportJson;

/**
 * A worker heap of the user's own (-Dxxgk.worker.heap), smaller than the young generation xxgk
 * gives its own heap: the worker still starts and answers, with no JVM warning in the answers'
 * pipe.
 */
class WorkerHeapTest {

    @AfterEach
    void forget() {
        System.clearProperty("xxgk.worker.heap");
    }

    @Test
    void aSmallHeapOfTheUsersStillConverts() throws Exception {
        System.setProperty("xxgk.worker.heap", "40m");
        byte[] page = Files.readAllBytes(Cli.testdata("html/004.html"));
        String expected = ReportJson.write(new Converter(Limits.DEFAULT, OcrMode.OFF).convert(page, "004.html"), false);
        try (WorkerConverter workers = new WorkerConverter(1, Duration.ofMinutes(1), OcrMode.OFF, 1)) {
            assertEquals(expected, workers.convert(page, "004.html", false));
        }
    }
}
