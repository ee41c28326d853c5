package org.xxgk.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.ResourceCache;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.xxgk.extract.page.FixedLayout;
import org.xxgk.extract.page.PageModel;
import org.xxgk.grid.Block;
import org.xxgk.grid.ExtractedDocument;

/**
 * Fonts kept for the whole document change nothing that is read: every glyph, ruling and table
 * grid of every PDF in testdata (and the shared corpus, when present) is the same as with
 * PDFBox's own cache, while each font is parsed once. (How often PDFBox's soft references make it
 * parse a font again depends on the garbage collector, so that is measured, not asserted.)
 */
class DocumentFontCacheTest {

    @Test
    void sameGlyphsRulingsAndGridsWithFontsParsedOnce() throws IOException {
        List<Path> pdfs = new ArrayList<>();
        Path repo = Path.of("").toAbsolutePath().getParent();
        for (Path folder : List.of(repo.resolve("testdata"), repo.resolve("../shared/corpus/pdf").normalize())) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(pdfs::add);
                }
            }
        }
        int compared = 0;
        for (Path pdf : pdfs) {
            byte[] content = Files.readAllBytes(pdf);
            Scan plain;
            Scan kept;
            try {
                plain = scan(content, new Counting(new DefaultResourceCache()));
                kept = scan(content, new Counting(new DocumentFontCache()));
            } catch (IOException e) {
                continue; // damaged and encrypted files: nothing to compare
            }
            assertEquals(plain.glyphs, kept.glyphs, pdf + " glyphs");
            assertEquals(plain.rulings, kept.rulings, pdf + " rulings");
            assertEquals(plain.grids, kept.grids, pdf + " grids");
            assertEquals(kept.cache.distinct(), kept.cache.parses, pdf + ": each font parsed once");
            compared++;
        }
        assertTrue(compared >= 10, "PDFs compared: " + compared);
    }

    private record Scan(List<String> glyphs, List<String> rulings, List<String> grids, Counting cache) {
    }

    private static Scan scan(byte[] content, Counting cache) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            document.setResourceCache(cache);
            List<PageModel> pages = PageScanner.scan(document, new ArrayList<>(), new PdfPictures(content));
            List<String> glyphs = new ArrayList<>();
            List<String> rulings = new ArrayList<>();
            for (PageModel page : pages) {
                page.glyphs().forEach(g -> glyphs.add(page.number() + " " + g.getText() + " " + g.getX() + " " + g.getY()
                        + " " + g.getWidth() + " " + g.getHeight() + " " + g.getFontSize()));
                page.rulings().forEach(r -> rulings.add(page.number() + " " + r.getX1() + " " + r.getY1() + " " + r.getX2() + " " + r.getY2()));
            }
            ExtractedDocument read = FixedLayout.read(pages);
            List<String> grids = new ArrayList<>();
            for (Block block : read.blocks()) {
                if (block instanceof Block.Table table) {
                    grids.add(table.grid().rows().toString());
                } else if (block instanceof Block.Image image) {
                    grids.add("picture " + image.at());
                } else {
                    grids.add(block.toString());
                }
            }
            return new Scan(glyphs, rulings, grids, cache);
        }
    }

    /** Counts font parses: PDFBox puts a font in the cache each time it had to parse it. */
    private static final class Counting extends DefaultResourceCache {
        private final ResourceCache inner;
        private final java.util.Set<COSObject> seen = new java.util.HashSet<>();
        int parses;

        Counting(ResourceCache inner) {
            this.inner = inner;
        }

        int distinct() {
            return seen.size();
        }

        @Override
        public PDFont getFont(COSObject indirect) {
            return inner.getFont(indirect);
        }

        @Override
        public void put(COSObject indirect, PDFont font) {
            parses++;
            seen.add(indirect);
            inner.put(indirect, font);
        }
    }
}
