package org.xxgk.extract.pdf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs that a PDF was cut short or damaged, which PDFBox repairs without a word: no %%EOF at
 * the end (an interrupted download), a startxref that points at no cross-reference (rebuilt by
 * scanning), fewer pages read than the page tree counts, pages whose content broke off.
 */
record PdfDamage(boolean truncated, boolean xrefRebuilt) {

    static final String TRUNCATED_UNREADABLE = "PDF文档不完整（文件末尾缺失，可能是下载中断），页面目录已丢失，无法读取任何一页";

    private static final int TAIL = 2048;
    private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d+)");
    private static final Pattern OBJECT = Pattern.compile("\\s*(xref|\\d+\\s+\\d+\\s+obj)");

    static PdfDamage of(byte[] content) {
        String tail = new String(content, Math.max(0, content.length - TAIL), Math.min(TAIL, content.length), StandardCharsets.ISO_8859_1);
        boolean truncated = !tail.contains("%%EOF");
        boolean xrefRebuilt = false;
        Matcher m = STARTXREF.matcher(tail);
        String offset = null;
        while (m.find()) {
            offset = m.group(1);
        }
        if (offset != null) {
            long at = Long.parseLong(offset.length() > 12 ? "-1" : offset);
            if (at < 0 || at >= content.length) {
                xrefRebuilt = true;
            } else {
                String there = new String(content, (int) at, (int) Math.min(64, content.length - at), StandardCharsets.ISO_8859_1);
                xrefRebuilt = !OBJECT.matcher(there).lookingAt();
            }
        }
        return new PdfDamage(truncated, xrefRebuilt && !truncated);
    }

    /** What to tell the reader, given the pages read, the pages the page tree counts, and the pages that broke off. */
    List<String> notes(int read, int declared, List<Integer> broken) {
        List<String> notes = new ArrayList<>();
        if (read < declared && read > 0) {
            notes.add("文件可能不完整（例如下载中断），页面目录记有" + declared + "页，只读到第1" + (read > 1 ? "–" + read : "") + "页");
        } else if (truncated) {
            notes.add("PDF文档不完整（文件末尾缺失，可能是下载中断）；已读取" + read + "页，请与原文核对是否完整");
        }
        if (xrefRebuilt) {
            notes.add("PDF文档的交叉引用表已损坏，已重建后读取，请与原文核对");
        }
        if (!broken.isEmpty()) {
            notes.add("第" + String.join("、", broken.stream().map(String::valueOf).toList()) + "页的内容不完整，只读取了其中一部分");
        }
        return notes;
    }
}
