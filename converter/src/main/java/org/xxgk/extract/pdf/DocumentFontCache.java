package org.xxgk.extract.pdf;

import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Keeps a document's fonts for as long as the document is read. PDFBox's default cache holds
 * them by soft reference, and in practice parses the same embedded CJK font again on later pages
 * (22 font parses for 9 fonts in a 6-page report); a parsed CJK font is the most expensive thing
 * on a page. At most {@link #MAX_FONTS} are held firmly, so a file with thousands of fonts falls
 * back to PDFBox's own cache instead of holding them all.
 */
final class DocumentFontCache extends DefaultResourceCache {

    /** Real reports use a dozen fonts; a few hundred is already a strange file. */
    static final int MAX_FONTS = 256;

    private final Map<COSObject, PDFont> fonts = new HashMap<>();

    @Override
    public PDFont getFont(COSObject indirect) {
        PDFont font = fonts.get(indirect);
        return font != null ? font : super.getFont(indirect);
    }

    @Override
    public void put(COSObject indirect, PDFont font) {
        if (fonts.size() < MAX_FONTS) {
            fonts.put(indirect, font);
        } else {
            super.put(indirect, font);
        }
    }
}
