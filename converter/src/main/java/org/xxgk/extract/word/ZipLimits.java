package org.xxgk.extract.word;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Guards for Office packages (ZIP files): POI refuses an entry that inflates more than 100
 * times its compressed size, or beyond 200 MB, and so a small file cannot unpack to gigabytes.
 */
public final class ZipLimits {

    private static final double MIN_INFLATE_RATIO = 0.01;
    private static final long MAX_ENTRY_SIZE = 200L * 1024 * 1024;

    private ZipLimits() {
    }

    public static void apply() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }
}
