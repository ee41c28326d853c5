package org.xxgk.container;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.xxgk.detect.TextCharsets;

/**
 * A ZIP file read from memory through its central directory (commons-compress), so entries that
 * streaming writers record with data descriptors (sizes after the data) read as well as any, and
 * with the limits that keep a small file from unpacking into gigabytes: entries, size per entry,
 * total size and inflation ratio, checked while inflating. Entry names without the UTF-8 flag are
 * read as GBK when they are not valid UTF-8, as Windows' own zip writes them.
 */
public final class ZipPackage implements Closeable {

    /** What one package may unpack to. */
    public record Bounds(int maxEntries, long maxEntryBytes, long maxTotalBytes, double maxRatio) {

        /** Office and OFD packages: a report is a few MB of XML and pictures. */
        public static final Bounds DOCUMENT = new Bounds(1000, 200L * 1024 * 1024, 500L * 1024 * 1024, 100);
    }

    private final ZipFile zip;
    private final Bounds bounds;
    private final Map<String, ZipArchiveEntry> entries = new LinkedHashMap<>();
    private long unpacked;

    private ZipPackage(ZipFile zip, Bounds bounds) {
        this.zip = zip;
        this.bounds = bounds;
    }

    /** Opens the package; a broken ZIP, or one with too many entries, is an IOException with a Chinese message. */
    public static ZipPackage open(byte[] content, Bounds bounds) throws IOException {
        ZipFile zip;
        try {
            zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content))
                    .setCharset(Charset.forName("UTF-8")).setUseUnicodeExtraFields(true).get();
        } catch (IOException | RuntimeException e) {
            throw new IOException("ZIP压缩包已损坏或不完整，无法打开", e);
        }
        ZipPackage pkg = new ZipPackage(zip, bounds);
        int count = 0;
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            if (++count > bounds.maxEntries()) {
                zip.close();
                throw new IOException("压缩包中的文件超过" + bounds.maxEntries() + "个，超出上限，拒绝读取");
            }
            pkg.entries.putIfAbsent(name(entry), entry);
        }
        return pkg;
    }

    /** Entry names in the order of the central directory, folders left out. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        entries.forEach((name, entry) -> {
            if (!entry.isDirectory()) {
                names.add(name);
            }
        });
        return names;
    }

    public boolean has(String name) {
        return entries.containsKey(name);
    }

    /** The entry's bytes, inflated within the bounds. */
    public byte[] read(String name) throws IOException {
        ZipArchiveEntry entry = entries.get(name);
        if (entry == null) {
            throw new IOException("压缩包中没有" + name);
        }
        long compressed = Math.max(entry.getCompressedSize(), 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] buffer = new byte[8192];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                unpacked += n;
                if (total > bounds.maxEntryBytes() || unpacked > bounds.maxTotalBytes()) {
                    throw new IOException(BOMB);
                }
                if (total > 1024 * 1024 && total > compressed * bounds.maxRatio()) {
                    throw new IOException(BOMB);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw e.getMessage() != null && e.getMessage().equals(BOMB) ? e : new IOException("压缩包中的" + name + "已损坏，无法读取", e);
        } catch (RuntimeException e) {
            throw new IOException("压缩包中的" + name + "已损坏，无法读取", e);
        }
        return out.toByteArray();
    }

    /** The name as written, read as GBK when it is not UTF-8 and the UTF-8 flag is not set. */
    private static String name(ZipArchiveEntry entry) {
        if (entry.getGeneralPurposeBit().usesUTF8ForNames()) {
            return entry.getName();
        }
        byte[] raw = entry.getRawName();
        if (raw == null) {
            return entry.getName();
        }
        TextCharsets.Decoded decoded = TextCharsets.decode(raw, null);
        return decoded == null ? entry.getName() : decoded.text();
    }

    public static final String BOMB = "压缩包解压后的大小异常（疑似压缩炸弹），拒绝读取";

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
