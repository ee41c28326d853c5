package org.xxgk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one file of a {@code convert FILE} command, guessed before picocli has read the command
 * line (which takes a quarter of a second in a fresh JVM), so that its conversion can begin on
 * the other core meanwhile ({@link org.xxgk.cli.batch.HeadStart}); a command of no options but
 * the file is not given to picocli at all ({@link ConvertOptions#plain}). Only a guess for speed:
 * the command line, read afterwards, still decides what the command means, and a wrong guess costs some CPU, never a
 * different result. Several files convert in worker processes, which this process does not need
 * to prepare for.
 */
final class EarlyStart {

    private EarlyStart() {
    }

    static Optional<Path> of(String[] args) {
        if (args.length < 2 || !args[0].equals("convert")) {
            return Optional.empty();
        }
        Path only = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("-")) {
                continue;
            }
            try {
                Path candidate = Path.of(args[i]);
                if (Files.isRegularFile(candidate)) {
                    if (only != null) {
                        return Optional.empty();
                    }
                    only = candidate;
                }
            } catch (RuntimeException e) {
                // not a path on this system: picocli will say so
            }
        }
        return Optional.ofNullable(only);
    }
}
