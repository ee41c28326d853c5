package org.xxgk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A folder of many report files for batch tests, built from testdata: every good document
 * (each with its hand-written expected JSON) and the broken ones, copied round-robin into
 * numbered sub-folders until the count is reached.
 */
final class MixedCorpus {

    /** A copy and, for good documents, the expected JSON of its original. */
    record Entry(Path copy, Path expected) {
    }

    private MixedCorpus() {
    }

    static List<Entry> build(Path root, int count) throws IOException {
        Map<Path, Path> originals = new LinkedHashMap<>();
        for (String folder : List.of("html", "office")) {
            try (Stream<Path> files = Files.list(Cli.testdata(folder))) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    Path expected = Cli.testdata(folder + "/" + (folder.equals("html") ? name.replace(".html", "") : name) + ".expected.json");
                    if (name.matches(".*\\.(txt|html|pdf|docx|doc|xlsx|xls)") && Files.exists(expected)) {
                        originals.put(f, expected);
                    }
                }
            }
        }
        try (Stream<Path> files = Files.list(Cli.testdata("bad"))) {
            files.filter(f -> f.getFileName().toString().matches(".*\\.(pdf|docx)")).sorted().forEach(f -> originals.put(f, null));
        }
        List<Path> sources = new ArrayList<>(originals.keySet());
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path source = sources.get(i % sources.size());
            Path folder = root.resolve(String.format("第%02d批", i / sources.size() + 1));
            Files.createDirectories(folder);
            Path copy = folder.resolve(source.getFileName());
            Files.copy(source, copy);
            entries.add(new Entry(copy, originals.get(source)));
        }
        return entries;
    }
}
