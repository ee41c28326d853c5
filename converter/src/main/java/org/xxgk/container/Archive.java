package org.xxgk.container;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A ZIP archive of reports (reports.zip, as offices send them): its entries are read one at a
 * time, within bounds (entries, size per entry and in all, inflation ratio), named by a path that
 * never leaves the archive (no "..", no root, no drive), with GBK names decoded. Archives inside
 * are not opened (nesting depth 1).
 */
public final class Archive {

    /** What an archive of reports may hold and unpack to. */
    public static final ZipPackage.Bounds BOUNDS = new ZipPackage.Bounds(1000, 100L * 1024 * 1024, 1024L * 1024 * 1024, 100);

    /** One file of the archive, read or not. */
    public interface Visitor {
        /** The entry's bytes, or, when they could not be read within the bounds, the reason. */
        void entry(String path, byte[] content, String unreadable);
    }

    private Archive() {
    }

    /** Visits every file of the archive in order; an archive that cannot be opened at all is an IOException. */
    public static void read(byte[] content, Visitor visitor) throws IOException {
        try (ZipPackage zip = ZipPackage.open(content, BOUNDS)) {
            for (String name : zip.names()) {
                String path = safePath(name);
                if (path.isEmpty()) {
                    continue;
                }
                byte[] bytes = null;
                String problem = null;
                try {
                    bytes = zip.read(name);
                } catch (IOException e) {
                    problem = e.getMessage();
                }
                visitor.entry(path, bytes, problem);
            }
        }
    }

    /** The entry's path made safe: separators as /, and no root, drive, "." or ".." left. */
    public static String safePath(String name) {
        List<String> parts = new ArrayList<>();
        for (String part : name.replace('\\', '/').split("/")) {
            String p = part.strip();
            if (p.isEmpty() || p.equals(".") || p.equals("..") || p.matches("[A-Za-z]:")) {
                continue;
            }
            StringBuilder clean = new StringBuilder();
            p.codePoints().filter(cp -> !Character.isISOControl(cp)).forEach(clean::appendCodePoint);
            if (!clean.isEmpty()) {
                parts.add(clean.toString());
            }
        }
        return String.join("/", parts);
    }
}
