package org.xxgk;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.xxgk.align.PictureTargets;
import org.xxgk.extract.ocr.OcrException;
import org.xxgk.extract.ocr.TesseractCli;
import org.xxgk.extract.ocr.TesseractInstall;
import org.xxgk.extract.page.FixedLayout;
import org.xxgk.extract.page.PageModel;
import org.xxgk.extract.picture.PictureReader;
import org.xxgk.grid.Block;
import org.xxgk.grid.ExtractedDocument;
import org.xxgk.grid.Provenance;

/**
 * The OCR step between extraction and alignment: the pictures standing where tables should be
 * (or, forced, every picture and every page) are read into blocks, which take the pictures'
 * places in the document. Pictures left unread keep their place, and the reason goes to the
 * findings that say the tables are missing.
 */
final class PictureOcr {

    /** Pages read together: the OCR engine starts once per pass for all of them. */
    private static final int PAGES_PER_BATCH = 6;
    /** A picture smaller than this on either side (pixels) is an icon or a seal, not a table. */
    private static final int MIN_SIDE = 48;

    /** The document after OCR, and why pictures were left unread (Chinese, null when none was). */
    record Result(ExtractedDocument document, String unread) {
    }

    private PictureOcr() {
    }

    static Result apply(ExtractedDocument document, OcrMode mode, Supplier<TesseractInstall.Lookup> engine) {
        boolean anyPicture = document.blocks().stream().anyMatch(Block.Image.class::isInstance);
        if (mode == OcrMode.OFF) {
            return new Result(document, anyPicture ? "文字识别已关闭（--ocr off）" : null);
        }
        boolean wholePages = mode == OcrMode.FORCE && !document.pagePictures().isEmpty();
        List<Block.Image> targets = wholePages ? List.of() : PictureTargets.select(document.blocks(), mode == OcrMode.FORCE);
        if (!wholePages && targets.isEmpty()) {
            return new Result(document, null);
        }
        TesseractInstall.Lookup lookup = engine.get();
        if (lookup.install() == null) {
            return new Result(document, lookup.problem());
        }
        PictureReader reader = new PictureReader(new TesseractCli(lookup.install()));
        try {
            if (wholePages) {
                List<Provenance> at = new ArrayList<>();
                for (int i = 0; i < document.pagePictures().size(); i++) {
                    at.add(Provenance.page(i + 1));
                }
                List<List<Block>> pages = read(reader, new ArrayList<>(document.pagePictures()), at);
                List<Block> blocks = new ArrayList<>();
                pages.forEach(blocks::addAll);
                return new Result(document.withBlocks(blocks), null);
            }
            List<org.xxgk.grid.PictureSource> sources = targets.stream().map(Block.Image::picture).toList();
            List<List<Block>> read = read(reader, sources, targets.stream().map(Block.Image::at).toList());
            Map<Block, List<Block>> replacement = new IdentityHashMap<>();
            for (int i = 0; i < targets.size(); i++) {
                if (!read.get(i).isEmpty()) {
                    replacement.put(targets.get(i), read.get(i));
                }
            }
            List<Block> blocks = new ArrayList<>();
            for (Block b : document.blocks()) {
                blocks.addAll(replacement.getOrDefault(b, List.of(b)));
            }
            return new Result(document.withBlocks(blocks), replacement.size() < targets.size()
                    ? "图片中未能识别出文字（图片无法解码，或分辨率过低、文字太小）" : null);
        } catch (OcrException e) {
            return new Result(document, e.getMessage());
        }
    }

    /** The blocks read from each picture (none for a picture that cannot be decoded or is too small). */
    private static List<List<Block>> read(PictureReader reader, List<org.xxgk.grid.PictureSource> sources, List<Provenance> at)
            throws OcrException {
        List<List<Block>> out = new ArrayList<>();
        for (int start = 0; start < sources.size(); start += PAGES_PER_BATCH) {
            List<PictureReader.Page> batch = new ArrayList<>();
            List<Integer> index = new ArrayList<>();
            int end = Math.min(sources.size(), start + PAGES_PER_BATCH);
            // Decoding and rendering pictures is work for every processor.
            List<BufferedImage> loaded = sources.subList(start, end).parallelStream().map(PictureOcr::load).toList();
            for (int i = start; i < end; i++) {
                out.add(List.of());
                BufferedImage picture = loaded.get(i - start);
                if (picture != null && picture.getWidth() >= MIN_SIDE && picture.getHeight() >= MIN_SIDE) {
                    batch.add(new PictureReader.Page(i + 1, at.get(i), picture));
                    index.add(i);
                }
            }
            if (batch.isEmpty()) {
                continue;
            }
            List<PageModel> models = reader.read(batch);
            List<PageModel> readable = models.stream().filter(java.util.Objects::nonNull).toList();
            List<List<Block>> pages = FixedLayout.readPages(readable);
            for (int k = 0, r = 0; k < index.size(); k++) {
                if (models.get(k) != null) {
                    out.set(index.get(k), pages.get(r++));
                }
            }
        }
        return out;
    }

    private static BufferedImage load(org.xxgk.grid.PictureSource source) {
        try {
            return source.load();
        } catch (IOException | RuntimeException e) {
            return null; // a picture that cannot be decoded stays a picture
        }
    }
}
