package org.xxgk.cli.serve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xxgk.cli.ConvertOptions;
import picocli.CommandLine.Option;

/** Options of {@code xxgk serve}, with the limits a public-facing converter needs. */
public final class ServeOptions {

    @Option(names = "--port", descriptionKey = "serve.port")
    public int port = 8080;

    @Option(names = {"--bind", "--host"}, paramLabel = "ADDRESS",
            descriptionKey = "serve.bind")
    public String bind = "127.0.0.1";

    @Option(names = "--allow-host", paramLabel = "NAME[:PORT]",
            descriptionKey = "serve.allowHost")
    public List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--max-upload", paramLabel = "MB", descriptionKey = "serve.maxUpload")
    public int maxUploadMb = 50;

    @Option(names = "--max-files", paramLabel = "N", descriptionKey = "serve.maxFiles")
    public int maxFiles = 100;

    @Option(names = "--max-concurrent", paramLabel = "N", descriptionKey = "serve.maxConcurrent")
    public int maxConcurrent = Runtime.getRuntime().availableProcessors();

    @Option(names = "--queue", paramLabel = "N", descriptionKey = "serve.queue")
    public int queue = 16;

    @Option(names = "--max-connections", paramLabel = "N", descriptionKey = "serve.maxConnections")
    public int maxConnections = 1024;

    @Option(names = "--timeout", paramLabel = "TIME", converter = ConvertOptions.DurationConverter.class, defaultValue = "60s",
            descriptionKey = "serve.timeout")
    public Duration timeout = Duration.ofSeconds(60);

    @Option(names = "--idle-timeout", paramLabel = "TIME", converter = ConvertOptions.DurationConverter.class, defaultValue = "30s",
            descriptionKey = "serve.idleTimeout")
    public Duration idleTimeout = Duration.ofSeconds(30);

    @Option(names = "--header-timeout", paramLabel = "TIME", converter = ConvertOptions.DurationConverter.class, defaultValue = "10s",
            descriptionKey = "serve.headerTimeout")
    public Duration headerTimeout = Duration.ofSeconds(10);

    @Option(names = "--upload-timeout", paramLabel = "TIME", converter = ConvertOptions.DurationConverter.class, defaultValue = "5m",
            descriptionKey = "serve.uploadTimeout")
    public Duration uploadTimeout = Duration.ofMinutes(5);

    @Option(names = "--access-log",
            descriptionKey = "serve.accessLog")
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
