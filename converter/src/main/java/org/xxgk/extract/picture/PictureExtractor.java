package org.xxgk.extract.picture;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.xxgk.extract.ExtractionException;
import org.xxgk.extract.Extractor;
import org.xxgk.grid.Block;
import org.xxgk.grid.ExtractedDocument;
import org.xxgk.grid.PictureSource;
import org.xxgk.grid.Provenance;

/**
 * A picture file given as the report: a photo or scan of a page (PNG, JPEG, BMP, GIF) or a
 * multi-page TIFF. Each picture is a page standing for its text and tables, read by OCR.
 */
public final class PictureExtractor implements Extractor {

    private final int maxPages;

    public PictureExtractor(int maxPages) {
        this.maxPages = maxPages;
    }

    @Override
    public ExtractedDocument extract(byte[] content) throws ExtractionException {
        int frames;
        try {
            frames = Pictures.frames(content);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException("图片文件已损坏或不完整，无法读取", e);
        }
        if (frames <= 0 || !Pictures.decodes(content)) {
            throw new ExtractionException("图片文件已损坏或不完整，无法读取");
        }
        if (frames > maxPages) {
            throw new ExtractionException("图片文件共" + frames + "页，超过上限（" + maxPages + "页），不像是一份年度报告");
        }
        List<PictureSource> pages = Pictures.all(content, frames);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            blocks.add(new Block.Image(Provenance.page(i + 1), pages.get(i)));
        }
        return new ExtractedDocument(blocks, frames).withPagePictures(pages);
    }
}
