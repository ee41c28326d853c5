package org.xxgk.cli.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xxgk.cli.Cli;

/**
 * The distribution zip, unpacked: 使用说明.txt is there for Windows Notepad (UTF-8 with BOM, CRLF)
 * and every file it names, and every relative link of every Markdown file in the zip, resolves
 * inside the zip.
 */
class DistributionDocsIT {

    private static final Pattern NAMED = Pattern.compile(
            "README\\.md|docs/[A-Za-z0-9_./-]+[A-Za-z0-9_]|bin[/\\\\][A-Za-z.-]+|xxgk-[^\\s”“（）：]+?\\.(?:cmd|command|desktop|sh)");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    private static Path unpack(Path dir) throws IOException {
        Path zip;
        try (Stream<Path> files = Files.list(Cli.repo().resolve("cli/target"))) {
            zip = files.filter(p -> p.getFileName().toString().matches("xxgk-[0-9][^-]*(-SNAPSHOT)?\\.zip")).findFirst().orElseThrow();
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                Path target = dir.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(dir), entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
        try (Stream<Path> top = Files.list(dir)) {
            return top.findFirst().orElseThrow();
        }
    }

    @Test
    void everyDocumentNamedOrLinkedIsInTheZip(@TempDir Path dir) throws IOException {
        Path root = unpack(dir);
        Path guide = root.resolve("使用说明.txt");
        byte[] bytes = Files.readAllBytes(guide);
        assertTrue(bytes.length > 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf, "BOM");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertEquals(text.split("\n", -1).length - 1, text.split("\r\n", -1).length - 1, "every line ends in CRLF");

        Set<String> named = new TreeSet<>();
        Matcher m = NAMED.matcher(text);
        while (m.find()) {
            named.add(m.group().replace('\\', '/'));
        }
        assertTrue(named.containsAll(Set.of("README.md", "docs/canonical-json.md", "docs/schema/govinfo-annual-report-1.schema.json",
                "docs/distribution.md", "docs/examples/xxgk_client.py", "bin/xxgk", "bin/xxgk.cmd", "xxgk-拖放转换.cmd",
                "xxgk-拖放转换.command", "xxgk-拖放转换.desktop", "xxgk-drop.sh")), named.toString());
        List<String> broken = new ArrayList<>();
        for (String name : named) {
            if (!Files.exists(root.resolve(name))) {
                broken.add("使用说明.txt → " + name);
            }
        }

        int links = 0;
        try (Stream<Path> all = Files.walk(root)) {
            for (Path md : all.filter(p -> p.toString().endsWith(".md")).toList()) {
                Matcher link = LINK.matcher(Files.readString(md, StandardCharsets.UTF_8));
                while (link.find()) {
                    String target = link.group(1).replaceAll("#.*", "");
                    if (target.isEmpty() || target.matches("[a-z]+:.*")) {
                        continue; // an anchor in the same page, or a web address
                    }
                    links++;
                    if (!Files.exists(md.getParent().resolve(target).normalize())) {
                        broken.add(root.relativize(md) + " → " + target);
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(links >= 7, "relative links checked: " + links);
    }
}
