package org.xxgk.cli.batch;

import java.util.List;

/**
 * Conversion with the time limit, as the command line and the server use it: each file's
 * canonical JSON, or, for a ZIP archive of reports, one for each report inside. Two ways exist:
 * in this process ({@link TimedConverter}, for one file) and in worker processes that are killed
 * at the limit ({@link org.xxgk.cli.worker.WorkerConverter}, for batches and the server).
 */
public interface Conversions extends AutoCloseable {

    boolean isArchive(byte[] content, String name);

    /** The canonical JSON of the file, with {@code provenance} (where each value was read) when asked for. */
    String convert(byte[] content, String name, boolean provenance);

    /** The canonical JSON of each report in the archive, each under the time limit. */
    List<String> convertArchive(byte[] content, String name, boolean provenance);

    @Override
    void close();
}
