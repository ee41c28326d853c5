package org.xxgk.cli.worker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Whether a worker's heap should ask Linux for transparent huge pages, as the launchers ask for
 * every JVM they start (bin/jvm-options.sh). A fresh JVM touches its young generation page by
 * page; in 2 MB pages instead of 4 KB ones, a one-file PDF took 0.74 s instead of 0.87 on a
 * virtual machine, where each page fault is dear (docs/performance.md). Only where the kernel
 * offers them on request ("madvise") or always: elsewhere the flag would only bring a warning,
 * and on other systems the JVM does not know it.
 */
final class HugePages {

    static final Path SETTING = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    private HugePages() {
    }

    static List<String> options() {
        return options(System.getProperty("os.name"), SETTING);
    }

    /** The option for a system named {@code os} whose kernel setting is the file {@code setting}. */
    static List<String> options(String os, Path setting) {
        if (!os.equals("Linux")) {
            return List.of();
        }
        try {
            String modes = Files.readString(setting);
            return modes.contains("[always]") || modes.contains("[madvise]") ? List.of("-XX:+UseTransparentHugePages") : List.of();
        } catch (IOException | RuntimeException e) {
            return List.of(); // no such setting (an older kernel, a container without /sys): as before
        }
    }
}
