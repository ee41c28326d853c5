package org.xxgk.cli.serve;

import java.time.Duration;
import org.xxgk.cli.ConvertOptions;
import picocli.CommandLine.Option;

/** Options of {@code xxgk serve}, with the limits a public-facing converter needs. */
public final class ServeOptions {

    @Option(names = "--port", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    public int port = 8080;

    @Option(names = "--bind", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    public String bind = "127.0.0.1";

    @Option(names = "--max-upload", paramLabel = "MB", description = "Largest request accepted, in MB (default: ${DEFAULT-VALUE}).")
    public int maxUploadMb = 50;

    @Option(names = "--max-concurrent", paramLabel = "N", description = "Conversions running at once (default: the number of processors, ${DEFAULT-VALUE}).")
    public int maxConcurrent = Runtime.getRuntime().availableProcessors();

    @Option(names = "--queue", paramLabel = "N", description = "Uploads waiting for a free converter before new ones get 503 (default: ${DEFAULT-VALUE}).")
    public int queue = 16;

    @Option(names = "--timeout", paramLabel = "TIME", converter = ConvertOptions.DurationConverter.class, defaultValue = "60s",
            description = "Time limit per file (default: ${DEFAULT-VALUE}).")
    public Duration timeout = Duration.ofSeconds(60);

    @Option(names = "--idle-timeout", paramLabel = "TIME", converter = ConvertOptions.DurationConverter.class, defaultValue = "30s",
            description = "A connection that sends nothing for this long while the server waits for it is closed (default: ${DEFAULT-VALUE}).")
    public Duration idleTimeout = Duration.ofSeconds(30);

    @Option(names = "--header-timeout", paramLabel = "TIME", converter = ConvertOptions.DurationConverter.class, defaultValue = "10s",
            description = "Time for a request's headers to arrive in full, from the connection's start or the previous answer (default: ${DEFAULT-VALUE}).")
    public Duration headerTimeout = Duration.ofSeconds(10);

    @Option(names = "--upload-timeout", paramLabel = "TIME", converter = ConvertOptions.DurationConverter.class, defaultValue = "5m",
            description = "Time for a request's body to arrive in full; slower uploads get 408 (default: ${DEFAULT-VALUE}).")
    public Duration uploadTimeout = Duration.ofMinutes(5);
}
