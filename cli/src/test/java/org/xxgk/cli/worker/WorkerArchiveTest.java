package org.xxgk.cli.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workers' class archive: written by one worker only, put in place only when that worker
 * ended normally, used while it is newer than the jar.
 */
class WorkerArchiveTest {

    @Test
    void theFirstWorkerWritesItAndLaterOnesUseIt(@TempDir Path dir) throws Exception {
        Path jar = jar(dir, Instant.parse("2026-11-01T00:00:00Z"));
        Path archive = dir.resolve("xxgk-worker.jsa");
        WorkerArchive workers = new WorkerArchive(archive, jar);

        WorkerArchive.Launch first = workers.next();
        Path writing = dir.resolve("xxgk-worker.jsa." + ProcessHandle.current().pid() + ".tmp");
        assertEquals(writing, first.writing());
        assertEquals(List.of("-XX:ArchiveClassesAtExit=" + writing), first.options());
        assertEquals(new WorkerArchive.Launch(List.of(), null), workers.next(), "one writer per process");

        Files.writeString(writing, "archive");
        workers.ended(writing, 0);
        assertFalse(Files.exists(writing));
        assertEquals("archive", Files.readString(archive));
        assertEquals(new WorkerArchive.Launch(List.of("-XX:SharedArchiveFile=" + archive), null),
                new WorkerArchive(archive, jar).next());
    }

    @Test
    void aWorkerThatDidNotEndNormallyLeavesNoArchive(@TempDir Path dir) throws Exception {
        Path jar = jar(dir, Instant.parse("2026-11-01T00:00:00Z"));
        Path archive = dir.resolve("xxgk-worker.jsa");
        WorkerArchive workers = new WorkerArchive(archive, jar);
        Path writing = workers.next().writing();
        Files.writeString(writing, "half an archive");
        workers.ended(writing, 137);
        assertFalse(Files.exists(writing));
        assertFalse(Files.exists(archive));
    }

    @Test
    void anArchiveOlderThanTheJarIsWrittenAgain(@TempDir Path dir) throws Exception {
        Path archive = dir.resolve("xxgk-worker.jsa");
        Files.writeString(archive, "old");
        Files.setLastModifiedTime(archive, FileTime.from(Instant.parse("2026-10-01T00:00:00Z")));
        Path jar = jar(dir, Instant.parse("2026-11-01T00:00:00Z"));
        WorkerArchive workers = new WorkerArchive(archive, jar);
        Path writing = workers.next().writing();
        Files.writeString(writing, "new");
        workers.ended(writing, 0);
        assertEquals("new", Files.readString(archive));
    }

    @Test
    void whatAnEndedProcessLeftHalfWrittenIsRemoved(@TempDir Path dir) throws Exception {
        Path jar = jar(dir, Instant.parse("2026-11-01T00:00:00Z"));
        Path archive = dir.resolve("xxgk-worker.jsa");
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path abandoned = Files.writeString(dir.resolve("xxgk-worker.jsa." + ended.pid() + ".tmp"), "half");
        Path living = Files.writeString(dir.resolve("xxgk-worker.jsa." + ProcessHandle.current().parent().orElseThrow().pid() + ".tmp"), "writing");
        new WorkerArchive(archive, jar).next();
        assertFalse(Files.exists(abandoned));
        assertTrue(Files.exists(living), "another batch's worker may still be writing it");
    }

    @Test
    void noArchiveNamedNoOptions(@TempDir Path dir) throws Exception {
        WorkerArchive.Launch none = new WorkerArchive(null, jar(dir, Instant.now())).next();
        assertEquals(List.of(), none.options());
        assertNull(none.writing());
    }

    private static Path jar(Path dir, Instant modified) throws Exception {
        Path jar = Files.writeString(dir.resolve("xxgk.jar"), "jar");
        Files.setLastModifiedTime(jar, FileTime.from(modified));
        return jar;
    }
}
