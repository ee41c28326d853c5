package org.xxgk.extract.html;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.xxgk.extract.ExtractionException;
import org.xxgk.detect.TextCharsets;
import org.xxgk.extract.Extractor;
import org.xxgk.extract.text.TextDumpExtractor;
import org.xxgk.extract.picture.Pictures;
import org.xxgk.grid.Block;
import org.xxgk.grid.CellBudget;
import org.xxgk.grid.ExtractedDocument;
import org.xxgk.grid.Provenance;
import org.xxgk.normalize.Tidy;

/**
 * Web pages through jsoup: every data table becomes a grid with its rowspan/colspan kept,
 * every other block of text a paragraph. A table that holds other tables is page layout, and is
 * read through rather than taken as data.
 */
public final class HtmlExtractor implements Extractor {

    static final int MAX_DEPTH = 256;
    private static final int DECLARATION_WINDOW = 8 * 1024;
    private static final Pattern DECLARED = Pattern.compile(
            "(?i)<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)|<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)");

    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "select", "button");
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th",
            "section", "article", "header", "footer", "nav", "aside", "main", "blockquote", "pre", "center",
            "form", "fieldset", "address", "caption", "tbody", "thead", "tfoot", "figure", "figcaption", "hr");

    /** An inline picture larger than this (characters of base64) is no table of a report. */
    private static final int MAX_INLINE_PICTURE = 40 * 1024 * 1024;

    private final int maxCells;

    /** With the default limit on table cells. */
    public HtmlExtractor() {
        this(org.xxgk.Limits.DEFAULT.maxCells());
    }

    public HtmlExtractor(int maxCells) {
        this.maxCells = maxCells;
    }

    @Override
    public boolean supports(String mediaType) {
        return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
    }

    @Override
    public ExtractedDocument extract(byte[] content) throws ExtractionException {
        TextCharsets.Decoded decoded = TextCharsets.decode(content, declaredCharset(content));
        if (decoded == null) {
            throw new ExtractionException(TextDumpExtractor.UNDECODABLE);
        }
        return extract(decoded.text(), "", url -> null, true);
    }

    /**
     * A page already decoded (an HTML block of Markdown): its pictures only where they are inline
     * (data: URIs); its cells say only their lines, as the Markdown file's own do.
     */
    public ExtractedDocument extract(String html) throws ExtractionException {
        return extract(html, "", url -> null, false);
    }

    /**
     * A page already decoded (the HTML part of an MHT file), its address {@code base}, and where
     * the files it refers to are ({@code files}: absolute URL or cid: to bytes, null when absent).
     */
    public ExtractedDocument extract(String html, String base, java.util.function.Function<String, byte[]> files)
            throws ExtractionException {
        return extract(html, base, files, true);
    }

    /** {@code numbered}: each cell says its table, row and column as well as its line. */
    private ExtractedDocument extract(String html, String base, java.util.function.Function<String, byte[]> files, boolean numbered)
            throws ExtractionException {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document document = Jsoup.parse(html, base, parser);
        checkDepth(document);
        Walker walker = new Walker(files, new CellBudget(maxCells), numbered);
        walker.walk(ContentRoot.find(document));
        walker.flush();
        return new ExtractedDocument(walker.blocks, null);
    }

    /** Walks the page in reading order, gathering paragraph text between blocks. */
    private static final class Walker {
        private final java.util.function.Function<String, byte[]> files;
        private final CellBudget cells;
        private final List<Block> blocks = new ArrayList<>();
        private final boolean numbered;
        private int pictures;
        private int tables;

        Walker(java.util.function.Function<String, byte[]> files, CellBudget cells, boolean numbered) {
            this.files = files;
            this.cells = cells;
            this.numbered = numbered;
        }
        private final StringBuilder text = new StringBuilder();
        private Provenance textStart;

        void walk(Node node) {
            for (Node child : node.childNodes()) {
                if (child instanceof TextNode t) {
                    if (!t.isBlank()) {
                        if (text.isEmpty()) {
                            textStart = provenanceOf(t);
                        }
                        text.append(t.getWholeText());
                    }
                } else if (child instanceof Element e) {
                    visit(e);
                }
            }
        }

        private void visit(Element e) {
            String tag = e.normalName();
            if (SKIPPED.contains(tag)) {
                return;
            }
            if (tag.equals("br")) {
                flush();
                return;
            }
            if (tag.equals("img")) {
                byte[] picture = picture(e);
                if (picture != null) {
                    flush();
                    blocks.add(new Block.Image(Provenance.picture(++pictures), Pictures.of(picture)));
                }
                return;
            }
            if (tag.equals("table") && TableReader.isDataTable(e)) {
                flush();
                blocks.add(new Block.Table(TableReader.read(e, numbered ? ++tables : 0, cells), provenanceOf(e)));
                return;
            }
            boolean block = BLOCKS.contains(tag) || tag.equals("table");
            if (block) {
                flush();
            }
            walk(e);
            if (block) {
                flush();
            }
        }

        /** The picture's bytes: inline (data:), or a file the page came with; null when not at hand. */
        private byte[] picture(Element img) {
            String src = img.attr("src").strip();
            if (src.regionMatches(true, 0, "data:", 0, 5)) {
                int comma = src.indexOf(',');
                if (comma < 0 || !src.substring(0, comma).toLowerCase(java.util.Locale.ROOT).endsWith(";base64")
                        || src.length() - comma > MAX_INLINE_PICTURE) {
                    return null;
                }
                try {
                    return java.util.Base64.getMimeDecoder().decode(src.substring(comma + 1));
                } catch (IllegalArgumentException ex) {
                    return null;
                }
            }
            if (src.isEmpty()) {
                return null;
            }
            String absolute = img.absUrl("src");
            byte[] bytes = files.apply(absolute.isEmpty() ? src : absolute);
            return bytes != null ? bytes : files.apply(src);
        }

        void flush() {
            String paragraph = Tidy.trim(text.toString().replaceAll("[\\s\\u00A0\\u3000]+", " "));
            if (!paragraph.isEmpty()) {
                blocks.add(new Block.Paragraph(paragraph, textStart == null ? Provenance.UNKNOWN : textStart));
            }
            text.setLength(0);
            textStart = null;
        }
    }

    /**
     * The charset a page names for itself (meta charset, http-equiv Content-Type, XML declaration),
     * read from its first bytes as the HTML standard's prescan does; only a hint, as pages lie.
     */
    static String declaredCharset(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    /**
     * Report pages nest a few dozen elements deep; thousands of levels is a hostile or broken
     * page, refused up front (jsoup's traversal is iterative, so measuring is safe).
     */
    private static void checkDepth(Document document) throws ExtractionException {
        int[] deepest = {0};
        document.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth));
        if (deepest[0] > MAX_DEPTH) {
            throw new ExtractionException("网页的元素嵌套超过" + MAX_DEPTH + "层，不是可读取的报告页面");
        }
    }

    static Provenance provenanceOf(Node node) {
        int line = node.sourceRange().start().lineNumber();
        return line > 0 ? Provenance.line(line) : Provenance.UNKNOWN;
    }
}
