package org.xxgk.cli.worker;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Whether a worker's heap asks Linux for transparent huge pages: as this JVM's was asked. The
 * launchers decide that for the JVMs they start (bin/jvm-options.sh: on Linux where the kernel
 * gives them on request or always), and a user's {@code XXGK_JAVA_OPTS} can say otherwise; the
 * workers follow, so that the choice is made in one place. A fresh JVM touches its heap page by
 * page, and in 2 MB pages instead of 4 KB ones 60 web pages took 1.85 s instead of 2.10 on a
 * virtual machine, where each page fault is dear (docs/performance.md).
 */
final class HugePages {

    private static final String ASK = "-XX:+UseTransparentHugePages";
    private static final String REFUSE = "-XX:-UseTransparentHugePages";

    private HugePages() {
    }

    static List<String> options() {
        return options(ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    /** The option for a worker of a JVM started with {@code arguments}: the last word on it wins, as in the JVM. */
    static List<String> options(List<String> arguments) {
        boolean asked = false;
        for (String argument : arguments) {
            if (argument.equals(ASK)) {
                asked = true;
            } else if (argument.equals(REFUSE)) {
                asked = false;
            }
        }
        return asked ? List.of(ASK) : List.of();
    }
}
