package org.xxgk.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
        System.exit(run(out, err, args));
    }

    /** Runs a command line and returns its exit code; the streams are those of the caller. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        CommandLine cli = new CommandLine(new XxgkCommand(out, err));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // A bug of ours, not the user's: say so plainly; the trace is for developers only.
            err.println("xxgk: 内部错误：" + e);
            if (Boolean.getBoolean("xxgk.debug")) {
                e.printStackTrace(err);
            }
            return 1;
        });
        return cli.execute(args);
    }
}
