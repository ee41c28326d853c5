package org.xxgk.cli.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workers ask for transparent huge pages where Linux gives them on request or always, nowhere else. */
class HugePagesTest {

    private static final List<String> ASKED = List.of("-XX:+UseTransparentHugePages");

    @Test
    void linuxThatGivesThemOnRequestOrAlways(@TempDir Path dir) throws Exception {
        assertEquals(ASKED, HugePages.options("Linux", Files.writeString(dir.resolve("a"), "always [madvise] never\n")));
        assertEquals(ASKED, HugePages.options("Linux", Files.writeString(dir.resolve("b"), "[always] madvise never\n")));
    }

    @Test
    void notWhereTheyAreTurnedOffOrUnknown(@TempDir Path dir) throws Exception {
        assertEquals(List.of(), HugePages.options("Linux", Files.writeString(dir.resolve("c"), "always madvise [never]\n")));
        assertEquals(List.of(), HugePages.options("Linux", dir.resolve("no-such-setting")));
    }

    @Test
    void notOnOtherSystems(@TempDir Path dir) throws Exception {
        Path on = Files.writeString(dir.resolve("d"), "[always] madvise never\n");
        assertEquals(List.of(), HugePages.options("Mac OS X", on));
        assertEquals(List.of(), HugePages.options("Windows 11", on));
    }
}
