package org.xxgk.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options of {@code xxgk convert}. */
final class ConvertOptions {

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Report files: text dumps or web pages (.txt, .html); the type is detected from the content.")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Write DIR/<name>.json for each input instead of printing JSON on standard output.")
    Path outputDir;
}
