package org.xxgk.extract.text;

import java.util.List;
import org.xxgk.detect.TextCharsets;
import org.xxgk.extract.ExtractionException;
import org.xxgk.extract.Extractor;
import org.xxgk.grid.ExtractedDocument;

/**
 * Plain-text dumps of report web pages, in the three table styles seen in the wild: cells ending
 * in "|", cells starting with "|", and tab-indented cells. The style is recognised per document.
 */
public final class TextDumpExtractor implements Extractor {

    @Override
    public ExtractedDocument extract(byte[] content) throws ExtractionException {
        TextSize.check(content);
        List<Line> lines = Line.split(decode(content));
        return new ExtractedDocument(DumpStyle.detect(lines).reader().read(lines), null);
    }

    /** The text in whatever charset it was written; a file that is no text in any fails clearly. */
    static String decode(byte[] content) throws ExtractionException {
        TextCharsets.Decoded decoded = TextCharsets.decode(content, null);
        if (decoded == null) {
            throw new ExtractionException(UNDECODABLE);
        }
        return decoded.text();
    }

    public static final String UNDECODABLE =
            "文件中的文字无法解码：不是 UTF-8、GB18030（GBK）、Big5 或 UTF-16 编码的文本，文件可能已损坏或不是文本文件";
}
