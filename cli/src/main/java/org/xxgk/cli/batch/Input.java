package org.xxgk.cli.batch;

import java.nio.file.Path;

/**
 * One file to convert: where it is, and its path relative to the folder it was found in (just
 * its name when given directly), so outputs can mirror the input folders.
 */
public record Input(Path file, Path relative) {
}
