package org.xxgk.cli;

import java.nio.file.Path;
import java.util.Set;

/** Output file names: the input's stem plus .json, kept apart when two inputs in one folder share a stem. */
public final class OutputNames {

    private OutputNames() {
    }

    /** The JSON name for an input written into {@code folder}; {@code taken} remembers names per folder. */
    public static String jsonName(Path input, Set<String> taken, String folder) {
        // Control characters have no place in a file name we create.
        String name = org.xxgk.Converter.safeName(input.getFileName().toString());
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String candidate = stem + ".json";
        if (!taken.add(key(folder, candidate))) {
            // a.txt and a.html in one folder: keep both, named by their full file names
            candidate = name + ".json";
            for (int i = 2; !taken.add(key(folder, candidate)); i++) {
                candidate = name + "." + i + ".json";
            }
        }
        return candidate;
    }

    /**
     * Names compared without case: on Windows and macOS a.PDF's a.json and A.pdf's A.json are one
     * file, and the second would overwrite the first.
     */
    private static String key(String folder, String name) {
        return (folder + "/" + name).toLowerCase(java.util.Locale.ROOT);
    }
}
