package org.xxgk.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Where the tests find the repository's testdata and the shared corpus. */
public final class TestFiles {

    private TestFiles() {
    }

    /** The repository root: the module's parent folder. */
    public static Path repo() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("testdata")) ? here : here.getParent();
    }

    public static Path testdata(String relative) {
        return repo().resolve("testdata").resolve(relative);
    }

    /** A file of ../shared beside the repository; the calling test is skipped when it is absent. */
    public static Path shared(String relative) {
        Path path = repo().resolveSibling("shared").resolve(relative);
        Assumptions.assumeTrue(Files.exists(path), "shared corpus not present: " + path);
        return path;
    }
}
