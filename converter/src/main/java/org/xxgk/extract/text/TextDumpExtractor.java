package org.xxgk.extract.text;

import java.util.List;
import org.xxgk.extract.Extractor;
import org.xxgk.grid.ExtractedDocument;

/**
 * Plain-text dumps of report web pages, in the three table styles seen in the wild: cells ending
 * in "|", cells starting with "|", and tab-indented cells. The style is recognised per document.
 */
public final class TextDumpExtractor implements Extractor {

    @Override
    public boolean supports(String mediaType) {
        return mediaType.startsWith("text/plain");
    }

    @Override
    public ExtractedDocument extract(byte[] content) {
        List<Line> lines = Line.split(TextDecoder.decode(content));
        return new ExtractedDocument(DumpStyle.detect(lines).reader().read(lines), null);
    }
}
