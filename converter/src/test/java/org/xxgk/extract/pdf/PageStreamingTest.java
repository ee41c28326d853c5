package org.xxgk.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xxgk.extract.page.FixedLayout;
import org.xxgk.extract.page.PageModel;
import org.xxgk.extract.page.PageStream;
import org.xxgk.grid.Block;
import org.xxgk.testing.TestFiles;
import technology.tabula.TextElement;

/**
 * PDF pages are laid out as they are scanned, each page's glyphs let go once its tables and
 * lines are read. That must read every PDF exactly as laying out the whole scanned document
 * afterwards does, and a finished page must really be let go.
 */
class PageStreamingTest {

    static Stream<String> testdataPdfs() throws IOException {
        Path testdata = TestFiles.testdata("");
        return pdfsUnder(testdata).stream().map(p -> testdata.relativize(p).toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("testdataPdfs")
    void streamedPagesReadAsTheWholeDocument(String pdf) throws IOException {
        assertSameBlocks(TestFiles.testdata(pdf));
    }

    /** The real reports of ../shared/corpus, when it is there. */
    @Test
    void sharedCorpusPdfsReadAsTheWholeDocument() throws IOException {
        List<Path> pdfs = pdfsUnder(TestFiles.shared("corpus/pdf"));
        assertFalse(pdfs.isEmpty());
        for (Path pdf : pdfs) {
            assertSameBlocks(pdf);
        }
    }

    /**
     * When page n is handed on, page n-1 (its model, glyphs, Tabula's page) is no longer reachable:
     * only what was read from it is. A weak reference is cleared by the full collection
     * System.gc() asks for once nothing else holds its object; several are asked for, in case a
     * collector defers one.
     */
    @Test
    void aFinishedPageIsLetGo() throws IOException {
        byte[] content = Files.readAllBytes(TestFiles.testdata("office/004.pdf"));
        List<WeakReference<PageModel>> pages = new ArrayList<>();
        List<WeakReference<List<TextElement>>> glyphs = new ArrayList<>();
        List<Integer> glyphCounts = new ArrayList<>();
        List<Boolean> previousLetGo = new ArrayList<>();
        PageStream stream = new PageStream();
        try (PDDocument document = Loader.loadPDF(content)) {
            document.setResourceCache(new DocumentFontCache());
            PageScanner.scan(document, new ArrayList<>(), new PdfPictures(content), page -> {
                if (!glyphs.isEmpty()) {
                    previousLetGo.add(collected(glyphs.get(glyphs.size() - 1)) && collected(pages.get(pages.size() - 1)));
                }
                pages.add(new WeakReference<>(page));
                glyphs.add(new WeakReference<>(page.glyphs()));
                glyphCounts.add(page.glyphs().size());
                stream.add(page);
            });
        }
        assertEquals(5, glyphCounts.size());
        assertTrue(glyphCounts.stream().allMatch(n -> n > 100), "pages with text: " + glyphCounts);
        assertEquals(List.of(true, true, true, true), previousLetGo);
        assertFalse(stream.blocksByPage().get(0).isEmpty(), "what was read from the pages is kept");
    }

    private static boolean collected(WeakReference<?> reference) {
        for (int i = 0; i < 10 && reference.get() != null; i++) {
            System.gc();
        }
        return reference.get() == null;
    }

    private static void assertSameBlocks(Path pdf) throws IOException {
        byte[] content = Files.readAllBytes(pdf);
        List<Integer> wholeBroken = new ArrayList<>();
        List<Integer> streamedBroken = new ArrayList<>();
        List<List<Block>> whole;
        PageStream stream = new PageStream();
        int read;
        try (PDDocument document = load(content)) {
            if (document == null) {
                return; // encrypted or unreadable: no pages to compare
            }
            whole = FixedLayout.readPages(PageScanner.scan(document, wholeBroken, new PdfPictures(content)));
        }
        try (PDDocument document = load(content)) {
            read = PageScanner.scan(document, streamedBroken, new PdfPictures(content), stream::add);
        }
        assertEquals(whole.size(), read, pdf + " pages");
        assertEquals(wholeBroken, streamedBroken, pdf + " broken pages");
        assertEquals(describe(whole), describe(stream.blocksByPage()), pdf.toString());
    }

    private static PDDocument load(byte[] content) {
        try {
            PDDocument document = Loader.loadPDF(content);
            document.setResourceCache(new DocumentFontCache());
            return document;
        } catch (IOException e) {
            return null;
        }
    }

    /** Blocks as text: grids cell by cell, pictures by where they stand (their pixels are read later). */
    private static List<List<String>> describe(List<List<Block>> pages) {
        List<List<String>> out = new ArrayList<>();
        for (List<Block> page : pages) {
            List<String> blocks = new ArrayList<>();
            for (Block block : page) {
                if (block instanceof Block.Table table) {
                    blocks.add("table " + table.at() + " " + table.grid().rows());
                } else if (block instanceof Block.Image image) {
                    blocks.add("picture " + image.at());
                } else {
                    blocks.add(block.toString());
                }
            }
            out.add(blocks);
        }
        return out;
    }

    private static List<Path> pdfsUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }
}
