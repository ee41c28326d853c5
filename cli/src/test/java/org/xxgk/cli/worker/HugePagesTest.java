package org.xxgk.cli.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Workers ask for transparent huge pages exactly when the JVM that starts them was asked to. */
class HugePagesTest {

    private static final List<String> ASKED = List.of("-XX:+UseTransparentHugePages");

    @Test
    void asTheLauncherAskedForThisJvm() {
        assertEquals(ASKED, HugePages.options(List.of("-Xmx768m", "-XX:+UseTransparentHugePages", "-Dfile.encoding=UTF-8")));
        assertEquals(List.of(), HugePages.options(List.of("-Xmx768m", "-Dfile.encoding=UTF-8")));
    }

    /** XXGK_JAVA_OPTS comes after the launcher's settings: its word is the last. */
    @Test
    void theUsersLastWordWins() {
        assertEquals(List.of(), HugePages.options(List.of("-XX:+UseTransparentHugePages", "-XX:-UseTransparentHugePages")));
        assertEquals(ASKED, HugePages.options(List.of("-XX:-UseTransparentHugePages", "-XX:+UseTransparentHugePages")));
    }
}
