package org.xxgk.extract.markdown;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.xxgk.detect.TextCharsets;
import org.xxgk.extract.ExtractionException;
import org.xxgk.extract.Extractor;
import org.xxgk.extract.text.TextDumpExtractor;
import org.xxgk.grid.ExtractedDocument;

/**
 * Markdown, as PDF-to-Markdown and HTML-to-Markdown converters write reports: parsed with
 * commonmark-java (GFM tables, raw HTML table blocks as MinerU writes them, ATX headings), then
 * read by {@link MarkdownReader}, which puts back together what the converters cut apart.
 */
public final class MarkdownExtractor implements Extractor {

    private final Parser parser;

    public MarkdownExtractor(int maxCells) {
        this.parser = Parser.builder()
                .extensions(List.of(TablesExtension.builder().maxCells(maxCells).build()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                .build();
    }

    @Override
    public ExtractedDocument extract(byte[] content) throws ExtractionException {
        org.xxgk.extract.text.TextSize.check(content);
        TextCharsets.Decoded decoded = TextCharsets.decode(content, null);
        if (decoded == null) {
            throw new ExtractionException(TextDumpExtractor.UNDECODABLE);
        }
        String text = decoded.text();
        Node document = parser.parse(text);
        return new ExtractedDocument(new MarkdownReader(text).read(document), null);
    }
}
