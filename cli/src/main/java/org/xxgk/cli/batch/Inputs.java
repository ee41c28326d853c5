package org.xxgk.cli.batch;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands what the user named into files: files as they are, folders recursively, and glob
 * patterns (for shells that pass them unexpanded, like Windows cmd). Inside folders and patterns,
 * xxgk's own outputs (JSON, JSON Lines, CSV, its workbooks), hidden files and Office lock files
 * are left out.
 */
public final class Inputs {

    /** What a missing or unreadable argument was. */
    public record Problem(String argument, String message) {
    }

    private final List<Input> files = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private Inputs() {
    }

    public List<Input> files() {
        return files;
    }

    public List<Problem> problems() {
        return problems;
    }

    public static Inputs collect(List<String> arguments) {
        Inputs inputs = new Inputs();
        Set<Path> seen = new LinkedHashSet<>();
        for (String argument : arguments) {
            inputs.add(argument, seen);
        }
        return inputs;
    }

    private void add(String argument, Set<Path> seen) {
        Path path = Path.of(argument);
        if (Files.isDirectory(path)) {
            walk(path, path, seen);
        } else if (Files.isRegularFile(path)) {
            if (seen.add(path.toAbsolutePath().normalize())) {
                files.add(new Input(path, path.getFileName()));
            }
        } else if (isGlob(argument)) {
            glob(argument, seen);
        } else {
            problems.add(new Problem(argument, "找不到文件或文件夹"));
        }
    }

    private void walk(Path root, Path folder, Set<Path> seen) {
        try (Stream<Path> found = Files.walk(folder)) {
            found.filter(Files::isRegularFile)
                    .filter(p -> !isOurOwnOrHidden(root.relativize(p)) && !OwnWorkbooks.isOurs(p))
                    .sorted()
                    .forEach(p -> {
                        if (seen.add(p.toAbsolutePath().normalize())) {
                            files.add(new Input(p, root.relativize(p)));
                        }
                    });
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(folder.toString(), "无法读取文件夹（" + e.getMessage() + "）"));
        }
    }

    private void glob(String pattern, Set<Path> seen) {
        String normalized = pattern.replace('\\', '/');
        int firstWildcard = indexOfWildcard(normalized);
        int cut = normalized.lastIndexOf('/', firstWildcard);
        Path base = cut < 0 ? Path.of(".") : Path.of(normalized.substring(0, cut + 1));
        String rest = normalized.substring(cut + 1);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        int before = files.size();
        if (Files.isDirectory(base)) {
            try (Stream<Path> found = Files.walk(base)) {
                found.filter(Files::isRegularFile)
                        .filter(p -> matcher.matches(base.relativize(p)) && !OwnWorkbooks.isOurs(p))
                        .sorted()
                        .forEach(p -> {
                            if (seen.add(p.toAbsolutePath().normalize())) {
                                files.add(new Input(p, base.relativize(p)));
                            }
                        });
            } catch (IOException | RuntimeException e) {
                problems.add(new Problem(pattern, "无法展开通配符（" + e.getMessage() + "）"));
                return;
            }
        }
        if (files.size() == before) {
            problems.add(new Problem(pattern, "没有与通配符匹配的文件"));
        }
    }

    private static boolean isGlob(String argument) {
        return indexOfWildcard(argument) >= 0;
    }

    private static int indexOfWildcard(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("*?[{".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Outputs of xxgk itself, hidden files and Office's ~$ lock files are not reports. */
    static boolean isOurOwnOrHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        String name = relative.getFileName().toString();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return name.startsWith("~$") || lower.endsWith(".json") || lower.endsWith(".jsonl") || lower.endsWith(".csv")
                || name.startsWith("xxgk-汇总") || lower.endsWith(".tmp");
    }
}
