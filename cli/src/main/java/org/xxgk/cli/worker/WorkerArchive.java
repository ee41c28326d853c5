package org.xxgk.cli.worker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A class-data archive of the worker processes' classes, where the launchers name one
 * ({@code -Dxxgk.worker.archive=PATH}, beside the archives they keep for one-file runs and
 * batches): a worker starts with it when it is newer than the jar, which a worker then need not
 * load, parse and verify class by class (60 web pages 2.50 → 2.13 s). Without one, the first
 * worker this process starts writes it as it ends, under a name of its own that is moved into
 * place only when that worker ended normally: a worker killed while writing (at the time limit,
 * or by a batch that ended) leaves no half archive, which would be newer than the jar and so
 * never made again.
 */
final class WorkerArchive {

    /** The JVM options for one worker, and where it writes the archive (null: it does not). */
    record Launch(List<String> options, Path writing) {
    }

    private final Path archive;
    private final Path jar;
    private final AtomicBoolean making = new AtomicBoolean();

    /** {@code archive} for workers of {@code jar} (null: none). */
    WorkerArchive(Path archive, Path jar) {
        this.archive = archive;
        this.jar = jar;
    }

    /**
     * The launchers' archive for this process's workers; none without the property, or when the
     * class path is not one jar (the tests' class folders), which an archive could not be checked
     * against.
     */
    static WorkerArchive configured() {
        String path = System.getProperty("xxgk.worker.archive");
        Path jar = Path.of(System.getProperty("java.class.path"));
        boolean oneJar = Files.isRegularFile(jar) && jar.toString().endsWith(".jar");
        return new WorkerArchive(path == null || path.isBlank() || !oneJar ? null : Path.of(path).toAbsolutePath(), jar);
    }

    /** The options for the next worker: the archive if it is usable, else (once) the writing of it. */
    Launch next() {
        if (archive == null) {
            return new Launch(List.of(), null);
        }
        if (current()) {
            return new Launch(List.of("-XX:SharedArchiveFile=" + archive), null);
        }
        Path directory = archive.getParent();
        if (directory == null || !Files.isDirectory(directory) || !Files.isWritable(directory) || !making.compareAndSet(false, true)) {
            return new Launch(List.of(), null);
        }
        removeAbandoned(directory);
        Path writing = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        return new Launch(List.of("-XX:ArchiveClassesAtExit=" + writing), writing);
    }

    /** What a process that has ended left half written (killed before its worker ended). */
    private void removeAbandoned(Path directory) {
        try (var written = Files.newDirectoryStream(directory, archive.getFileName() + ".*.tmp")) {
            for (Path old : written) {
                String name = old.getFileName().toString();
                String pid = name.substring(archive.getFileName().toString().length() + 1, name.length() - ".tmp".length());
                if (!pid.matches("\\d{1,18}") || ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
                    Files.deleteIfExists(old);
                }
            }
        } catch (IOException e) {
            // left for another time
        }
    }

    /**
     * The worker writing {@code writing} ended with {@code exitCode}: its archive is moved into
     * place when it ended normally, else thrown away.
     */
    void ended(Path writing, int exitCode) {
        try {
            if (exitCode == 0 && Files.isRegularFile(writing)) {
                Files.move(writing, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(writing);
            }
        } catch (IOException e) {
            // only a head start lost: the next batch writes it again
            try {
                Files.deleteIfExists(writing);
            } catch (IOException ignored) {
                // left for the system's temporary-file cleaning
            }
        }
    }

    private boolean current() {
        try {
            return Files.isRegularFile(archive) && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
