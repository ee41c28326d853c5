package org.xxgk.extract.page;

import java.util.List;
import org.xxgk.grid.Reading;
import technology.tabula.TextElement;

/** How sure the text made of some glyphs is: exact, unless OCR read any of them. */
final class OcrReadings {

    private OcrReadings() {
    }

    /**
     * Exact for glyphs of a text layer; for OCR'd words the lowest confidence among them and, for
     * a single word (a value cell's number), the other readings it had.
     */
    static Reading of(List<TextElement> glyphs) {
        double confidence = 1;
        List<OcrGlyph> words = glyphs.stream().filter(OcrGlyph.class::isInstance).map(OcrGlyph.class::cast).toList();
        if (words.isEmpty()) {
            return Reading.EXACT;
        }
        for (OcrGlyph word : words) {
            confidence = Math.min(confidence, word.confidence());
        }
        List<OcrGlyph> inked = words.stream().filter(w -> !w.getText().isBlank()).toList();
        return Reading.ocr(confidence, inked.size() == 1 ? inked.get(0).alternatives() : List.of());
    }
}
