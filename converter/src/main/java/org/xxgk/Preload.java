package org.xxgk;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Class initialisations worth starting on another core while the first document is still being
 * read: in a fresh JVM they are a large part of one file's time (Tika's type database is a 330 KB
 * XML file; PDFBox's CMap string table 65,536 strings, its glyph list 4,500 names), and on
 * the thread that needs them they would wait in line. A JVM initialises a class once, so the
 * document's own thread either finds the work done or waits for the part still under way; nothing
 * is computed twice. Each group runs at most once per JVM.
 */
public final class Preload {

    private static final AtomicBoolean COMMON = new AtomicBoolean();
    private static final AtomicBoolean PDF = new AtomicBoolean();

    private Preload() {
    }

    /**
     * A head start for converting {@code content}: for a PDF (by its first bytes) what PDFs need,
     * for anything else what every other conversion needs.
     */
    public static void forContent(byte[] content) {
        if (org.xxgk.detect.FormatDetector.startsWithPdfSignature(content)) {
            pdf(); // a PDF is known by its signature: Tika's type database is not needed
        } else {
            common();
        }
    }

    /** What every conversion but a PDF's needs: the type database, the section headings' patterns, the JSON writer. */
    public static void common() {
        if (COMMON.compareAndSet(false, true)) {
            start("xxgk-preload", "org.xxgk.detect.FormatDetector$TypeDatabase", "org.xxgk.layout.SectionHeadings", "org.xxgk.write.ReportJson");
        }
    }

    /**
     * What the first PDF needs beyond reading it, in the order it needs them: PDFBox's I/O helpers
     * (which set up its logger), the text engine's glyph list, fontbox's table of CMap strings,
     * then the section headings' patterns and the JSON writer.
     */
    public static void pdf() {
        if (PDF.compareAndSet(false, true)) {
            start("xxgk-preload-pdf", "org.apache.pdfbox.io.IOUtils", "org.apache.pdfbox.text.LegacyPDFStreamEngine", "org.apache.fontbox.cmap.CMapStrings",
                    "org.xxgk.layout.SectionHeadings", "org.xxgk.write.ReportJson");
        }
    }

    private static void start(String name, String... classes) {
        // Logging is set up before the thread starts, not by it (PDFBox's I/O helpers and Tika's
        // type reader would): SLF4J replays the calls another thread makes while it is being set
        // up, and says so on standard error, where only xxgk's own messages belong.
        org.slf4j.LoggerFactory.getILoggerFactory();
        Thread thread = new Thread(() -> {
            for (String type : classes) {
                try {
                    Class.forName(type, true, Preload.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    // only a head start: the document's own thread meets the same error and reports it
                }
            }
        }, name);
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }
}
