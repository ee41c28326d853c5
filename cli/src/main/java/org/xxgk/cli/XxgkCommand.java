package org.xxgk.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicReference;
import org.xxgk.cli.serve.ServeOptions;
import org.xxgk.cli.serve.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level command: only groups the subcommands. Descriptions, option texts and exit codes
 * are in Messages*.properties, in the user's language (see CliLanguage).
 */
@Command(name = "xxgk",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class)
final class XxgkCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final PrintStream out;
    private final PrintStream err;
    private final CliTexts texts;
    /** A conversion begun before the command line was read (see HeadStart), or null. */
    private final org.xxgk.cli.batch.HeadStart head;

    XxgkCommand(PrintStream out, PrintStream err, CliTexts texts, org.xxgk.cli.batch.HeadStart head) {
        this.out = out;
        this.err = err;
        this.texts = texts;
        this.head = head;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), texts.get("error.missingCommand"));
    }

    @Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
    int convert(@CommandLine.Mixin ConvertOptions options) {
        return new ConvertRun(options, out, err, texts, head).call();
    }

    @Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
    int serve(@CommandLine.Mixin ServeOptions options) throws InterruptedException {
        AtomicReference<WebServer> running = new AtomicReference<>();
        // Registered first: a signal while the server starts must end the worker processes it has started.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                WebServer server = running.get();
                if (server != null) {
                    server.close();
                }
            } finally {
                // A worker process still starting up is not yet known to the converter, which ends
                // only the ones it knows; the whole process is ending, so all of its children do.
                ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
            }
        }));
        WebServer server = new WebServer(options, err);
        running.set(server);
        options.exposureWarning().ifPresent(err::println);
        err.println("xxgk: 网页与接口已启动：http://" + (options.bind.contains(":") ? "[" + options.bind + "]" : options.bind)
                + ":" + server.port() + "/ （按 Ctrl+C 停止）");
        Thread.currentThread().join();
        return 0;
    }

    @Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
    int schema() {
        out.print(SchemaResource.text());
        out.flush();
        return 0;
    }
}
