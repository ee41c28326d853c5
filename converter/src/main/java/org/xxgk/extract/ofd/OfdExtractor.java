package org.xxgk.extract.ofd;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ofdrw.reader.OFDReader;
import org.ofdrw.reader.PageInfo;
import org.xxgk.container.Archive;
import org.xxgk.container.ZipPackage;
import org.xxgk.extract.ExtractionException;
import org.xxgk.extract.Extractor;
import org.xxgk.extract.page.FixedLayout;
import org.xxgk.extract.page.PageModel;
import org.xxgk.grid.ExtractedDocument;

/**
 * OFD (GB/T 33190), the national fixed-layout format, read with ofdrw. An OFD page is positioned
 * text and drawn paths, what a PDF page is: {@link OfdPage} puts it into the shared page model,
 * and {@link FixedLayout} reads it as it reads a PDF. The package is unpacked by xxgk itself,
 * within the bounds of any Office package and with paths that cannot leave its folder (ofdrw's
 * own unzip has no size limit); ofdrw then reads that folder.
 */
public final class OfdExtractor implements Extractor {

    public static final String MEDIA_TYPE = org.xxgk.detect.MediaTypes.OFD;
    static final String DAMAGED = "OFD文档已损坏或不完整，无法读取";

    private final int maxPages;

    public OfdExtractor(int maxPages) {
        this.maxPages = maxPages;
    }

    @Override
    public ExtractedDocument extract(byte[] content) throws ExtractionException {
        List<OfdPage.Read> pages = pages(content, 1, Integer.MAX_VALUE);
        List<String> cut = pages.stream().filter(OfdPage.Read::cut)
                .map(p -> "OFD文档第" + p.page().number() + "页的图元嵌套超过" + OfdPage.MAX_DEPTH + "层，更深处的内容未读取，请与原文核对")
                .toList();
        return FixedLayout.read(pages.stream().map(OfdPage.Read::page).toList()).withDamage(cut);
    }

    /**
     * Page {@code number} (1-based) as read for tables: its text and lines (for the web page's
     * 查看原文, which draws them); null when the document has no such page.
     */
    public PageModel page(byte[] content, int number) throws ExtractionException {
        List<OfdPage.Read> pages = pages(content, number, number);
        return pages.isEmpty() ? null : pages.get(0).page();
    }

    /** Pages {@code first} to {@code last} (as far as the document goes). */
    private List<OfdPage.Read> pages(byte[] content, int first, int last) throws ExtractionException {
        Path folder = null;
        try {
            folder = unpack(content);
            try (OFDReader reader = new OFDReader(folder.toString(), false)) {
                int count = reader.getNumberOfPages();
                if (count > maxPages) {
                    throw new ExtractionException("OFD文档共" + count + "页，超过上限（" + maxPages + "页），不像是一份年度报告");
                }
                List<OfdPage.Read> pages = new ArrayList<>();
                for (int n = Math.max(1, first); n <= Math.min(count, last); n++) {
                    PageInfo info = reader.getPageInfo(n);
                    pages.add(OfdPage.read(n, info));
                }
                return pages;
            }
        } catch (IOException e) {
            throw new ExtractionException(e.getMessage() != null && e.getMessage().startsWith("压缩包") ? e.getMessage() : DAMAGED, e);
        } catch (RuntimeException e) {
            throw new ExtractionException(DAMAGED, e);
        } finally {
            delete(folder);
        }
    }

    /** The package's files in a new temporary folder, within bounds, paths kept inside it. */
    private static Path unpack(byte[] content) throws IOException {
        Path folder = Files.createTempDirectory("xxgk-ofd-");
        try (ZipPackage zip = ZipPackage.open(content, ZipPackage.Bounds.DOCUMENT)) {
            if (!zip.has("OFD.xml")) {
                throw new IOException("not an OFD package");
            }
            for (String name : zip.names()) {
                String path = Archive.safePath(name);
                if (path.isEmpty()) {
                    continue;
                }
                Path target = folder.resolve(path).normalize();
                if (!target.startsWith(folder)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.write(target, zip.read(name));
            }
        } catch (IOException e) {
            delete(folder);
            throw e;
        }
        return folder;
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // a temporary folder left behind is not worth failing a conversion for
        }
    }
}
