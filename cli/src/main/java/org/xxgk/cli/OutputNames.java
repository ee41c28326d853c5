package org.xxgk.cli;

import java.nio.file.Path;
import java.util.Set;

/** Output file names: the input's stem plus .json, kept apart when two inputs share a stem. */
final class OutputNames {

    private OutputNames() {
    }

    static String jsonName(Path input, Set<String> taken) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String candidate = stem + ".json";
        if (!taken.add(candidate)) {
            // a.txt and a.html in one run: keep both, named by their full file names
            candidate = name + ".json";
            for (int i = 2; !taken.add(candidate); i++) {
                candidate = name + "." + i + ".json";
            }
        }
        return candidate;
    }
}
