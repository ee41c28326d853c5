package org.xxgk.extract.text;

import org.xxgk.LimitExceeded;

/**
 * How large a text file (a dump or Markdown) may be. A report as text is some 100 KB; decoded,
 * split into lines and cells, a text takes several times its size in memory, so a 50 MB file
 * would fill a worker's heap for nothing. Checked before decoding.
 */
public final class TextSize {

    static final int MAX_BYTES = 16 * 1024 * 1024;

    private TextSize() {
    }

    public static void check(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new LimitExceeded("文本文件超过" + MAX_BYTES / (1024 * 1024) + "MB的上限（该文件"
                    + Math.round(content.length / (1024.0 * 1024)) + "MB），不像是一份年度报告", content.length);
        }
    }
}
