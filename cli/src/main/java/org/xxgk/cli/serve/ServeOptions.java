package org.xxgk.cli.serve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xxgk.cli.ConvertOptions;
import picocli.CommandLine.Option;

/** Options of {@code xxgk serve}, with the limits a public-facing converter needs. */
public final class ServeOptions {

    @Option(names = "--port", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    public int port = 8080;

    @Option(names = {"--bind", "--host"}, paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    public String bind = "127.0.0.1";

    @Option(names = "--allow-host", paramLabel = "NAME[:PORT]",
            description = "A host name the server may be reached by besides its address, localhost, 127.0.0.1 and [::1] "
                    + "(repeatable); requests for any other Host get 421, against DNS rebinding.")
    public List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--max-upload", paramLabel = "MB", description = "Largest request accepted, in MB (default: ${DEFAULT-VALUE}).")
    public int maxUploadMb = 50;

    @Option(names = "--max-files", paramLabel = "N", description = "Files (multipart parts) in one upload; more get 413 (default: ${DEFAULT-VALUE}).")
    public int maxFiles = 100;

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

    @Option(names = "--access-log",
            description = "One line per request on standard error: request id, bytes received, content type, status, milliseconds.")
    public boolean accessLog;

    /**
     * A warning (Chinese, for the person starting the server) when the address reaches beyond
     * this machine: the API has no login, so anyone who can reach it can use it.
     */
    public Optional<String> exposureWarning() {
        if (!AllowedHosts.beyondLoopback(bind)) {
            return Optional.empty();
        }
        return Optional.of("xxgk: 警告：服务监听在 " + bind + "，本机以外的计算机也能访问并上传文件，而接口没有登录验证。"
                + "请只在可信的网络中这样使用，或放在带身份验证的反向代理之后；用其他主机名访问时需加 --allow-host 该名称。");
    }
}
