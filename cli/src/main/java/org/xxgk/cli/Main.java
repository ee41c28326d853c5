package org.xxgk.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.xxgk.cli.batch.HeadStart;
import picocli.CommandLine;

/** Entry point of the xxgk command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Chinese must survive whatever locale the terminal or CI runs under.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        HeadStart head = EarlyStart.of(args).map(HeadStart::begin).orElse(null);
        System.exit(run(CliLanguage.current(), out, err, head, args));
    }

    /** Runs a command line in the environment's language and returns its exit code. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        return run(CliLanguage.current(), out, err, args);
    }

    /** Runs a command line in {@code language} (Chinese unless English) and returns its exit code. */
    public static int run(Locale language, PrintStream out, PrintStream err, String... args) {
        return run(language, out, err, null, args);
    }

    /** The same, taking over {@code head}'s conversion if the command converts that file (see HeadStart). */
    static int run(Locale language, PrintStream out, PrintStream err, HeadStart head, String... args) {
        CliTexts texts = CliTexts.of(language);
        Optional<ConvertOptions> plain = ConvertOptions.plain(args);
        if (plain.isPresent()) {
            try {
                return new ConvertRun(plain.get(), out, err, texts, head).call();
            } catch (RuntimeException e) {
                return internalError(e, err, texts);
            }
        }
        CommandLine cli = new CommandLine(new XxgkCommand(out, err, texts, head));
        cli.setResourceBundle(texts.bundle());
        // UTF-8 as the streams are: a PrintWriter over a stream would encode in the platform's
        // charset, which under LANG=C turns the Chinese help into question marks.
        cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setParameterExceptionHandler(new UsageErrors(texts));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> internalError(e, err, texts));
        return cli.execute(args);
    }

    /** A bug of ours, not the user's: say so plainly; the trace is for developers only. */
    private static int internalError(Exception e, PrintStream err, CliTexts texts) {
        err.println(texts.get("run.internalError", e));
        if (Boolean.getBoolean("xxgk.debug")) {
            e.printStackTrace(err);
        }
        return 1;
    }
}
