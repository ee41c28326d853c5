package org.xxgk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real command line, {@code java -jar cli/target/xxgk.jar convert} (built before this module:
 * see the pom), run on the same files as the job, and its documents without the whitespace
 * between tokens: what each JSON line of the job must be, byte for byte.
 */
final class CommandLine {

    static final Path JAR = Path.of("..", "cli", "target", "xxgk.jar").toAbsolutePath().normalize();

    private CommandLine() {
    }

    /** The documents {@code xxgk convert OPTIONS FILES} prints, each on one line, in its order. */
    static List<String> convert(List<String> options, List<Path> files, Path scratch) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(JAR), "the command line's jar is built before this module: " + JAR);
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString(), "convert", "-q"));
        command.addAll(options);
        files.forEach(f -> command.add(f.toString()));
        Path out = scratch.resolve("cli-out.json");
        Process cli = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(cli.waitFor(20, TimeUnit.MINUTES), "the command line finishes");
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        return files.size() == 1 && !printed.startsWith("[") ? List.of(minify(printed)) : documents(minify(printed));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The JSON text without whitespace outside strings (strings, numbers and order untouched). */
    static String minify(String json) {
        StringBuilder out = new StringBuilder(json.length());
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The elements of a minified JSON array of objects. */
    static List<String> documents(String array) {
        assertEquals('[', array.charAt(0), "several files print a JSON array");
        List<String> documents = new ArrayList<>();
        int depth = 0;
        int start = -1;
        boolean inString = false;
        boolean escaped = false;
        for (int i = 1; i < array.length() - 1; i++) {
            char c = array.charAt(i);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (depth++ == 0) {
                    start = i;
                }
            } else if ((c == '}' || c == ']') && --depth == 0) {
                documents.add(array.substring(start, i + 1));
            }
        }
        return documents;
    }
}
