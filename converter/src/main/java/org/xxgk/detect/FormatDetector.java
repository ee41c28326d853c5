package org.xxgk.detect;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Detects a document's type from its bytes with Apache Tika; the file name is only a hint.
 * Containers are opened: a ZIP or OLE2 file is named by what it holds (a DOCX named .doc is a
 * DOCX, a Word file named .xls is Word), as Tika's container detectors do.
 */
public final class FormatDetector {

    private static final Set<String> ZIP_LIKE = Set.of(MediaTypes.ZIP, MediaTypes.OOXML, MediaTypes.DOCX, MediaTypes.XLSX,
            MediaTypes.DOCM, MediaTypes.XLSM, "application/java-archive",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet");
    private static final Set<String> OLE2_LIKE = Set.of(MediaTypes.OLE2, MediaTypes.DOC, MediaTypes.XLS,
            "application/vnd.ms-powerpoint", "application/vnd.ms-outlook", "application/vnd.ms-works");

    /** Another Tika detector (the test's), or null for Tika's type database. */
    private final Detector types;

    public FormatDetector() {
        this(null);
    }

    /** With another Tika detector (the test compares it with Tika's default configuration). */
    FormatDetector(Detector types) {
        this.types = types;
    }

    /**
     * Tika's type database alone, read (a 330 KB XML file) when the first file is detected, not
     * before. {@code new Tika()} builds a whole TikaConfig (service-loaded parsers, translators,
     * renderers) around the same database; xxgk's class path has no other Tika detector, so the
     * answers are the same (FormatDetectorTest compares them on every test file).
     */
    private static final class TypeDatabase {
        static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    }

    /** The detected media type without parameters, e.g. "text/html". */
    public String detect(byte[] content, String fileName) {
        // Tika's own strongest PDF signature, answered without its type database: reading that
        // (330 KB of XML) was the longest wait of a PDF's run in a fresh JVM, and a PDF needs it
        // for nothing else.
        if (startsWithPdfSignature(content)) {
            return MediaTypes.PDF;
        }
        try {
            String byContent = baseType(tikaDetect(TikaInputStream.get(content), new Metadata()));
            if (ZIP_LIKE.contains(byContent)) {
                return baseType(new ZipContainerDetector(content).detect(null, new Metadata()).toString());
            }
            if (OLE2_LIKE.contains(byContent)) {
                return baseType(new Ole2ContainerDetector(content).detect(null, new Metadata()).toString());
            }
            // A web page saved as one file by a mail-style writer (Internet Explorer, Chrome) starts
            // with From:/Subject: headers, which Tika reads as an e-mail.
            if (byContent.equals("message/rfc822") && isSavedWebPage(content)) {
                return MediaTypes.MHT;
            }
            // Tika calls text in a Chinese legacy encoding (GBK, Big5) binary; the charset decider knows better.
            // Bytes shaped like text that no charset reads are still text: reading it says why it fails.
            if (byContent.equals(MediaType.OCTET_STREAM.toString()) && (TextCharsets.isText(content) || TextCharsets.looksLikeText(content))) {
                byContent = MediaType.TEXT_PLAIN.toString();
            }
            // The name only refines plain text (a dump named .html stays text unless it is HTML);
            // it never makes binary bytes text, nor overrides what the content clearly is.
            if (!byContent.equals(MediaType.TEXT_PLAIN.toString())) {
                return byContent;
            }
            String byName = baseType(refinedByName(fileName).toString());
            if (byName.equals(MediaType.TEXT_PLAIN.toString()) && MarkdownSniffer.looksLikeMarkdown(content)) {
                return MediaTypes.MARKDOWN; // Markdown written by a converter, saved as .txt
            }
            return byName.equals(MediaType.OCTET_STREAM.toString()) ? MediaType.TEXT_PLAIN.toString() : byName;
        } catch (IOException e) {
            return MediaType.OCTET_STREAM.toString();
        }
    }

    /** "%PDF-" first, or after a UTF-8 byte order mark: Tika's PDF magic of its highest priority. */
    public static boolean startsWithPdfSignature(byte[] content) {
        int at = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb && (content[2] & 0xff) == 0xbf ? 3 : 0;
        return content.length >= at + PDF_SIGNATURE.length
                && java.util.Arrays.equals(content, at, at + PDF_SIGNATURE.length, PDF_SIGNATURE, 0, PDF_SIGNATURE.length);
    }

    private static final byte[] PDF_SIGNATURE = {'%', 'P', 'D', 'F', '-'};

    /**
     * What the name makes of content already found to be plain text, as Tika's own name hint
     * does, without its magic patterns a second time (a third of a text file's conversion once
     * warm): Tika given only the name matches its name patterns; that type counts where it is a
     * kind of plain text (.html, .csv, .md), and plain text stays plain text otherwise (a .pdf or
     * .doc name on text).
     */
    private MediaType refinedByName(String fileName) throws IOException {
        Metadata named = new Metadata();
        named.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        MediaType hinted = (types != null ? types : TypeDatabase.TYPES).detect(null, named);
        return TypeDatabase.TYPES.getMediaTypeRegistry().isSpecializationOf(hinted, MediaType.TEXT_PLAIN) ? hinted : MediaType.TEXT_PLAIN;
    }

    /** As {@code Tika.detect} asks its detector (both streams can be reset). */
    private String tikaDetect(InputStream content, Metadata metadata) throws IOException {
        try (InputStream stream = content) {
            return (types != null ? types : TypeDatabase.TYPES).detect(stream, metadata).toString();
        }
    }

    private static final java.util.regex.Pattern MULTIPART_RELATED = java.util.regex.Pattern.compile("(?im)^content-type:\\s*multipart/related");

    /** A MIME message whose top-level content type is multipart/related: an MHT web page. */
    private static boolean isSavedWebPage(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 16 * 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
        int end = head.indexOf("\r\n\r\n") >= 0 ? head.indexOf("\r\n\r\n") : head.indexOf("\n\n");
        String headers = (end < 0 ? head : head.substring(0, end)).replaceAll("\r?\n[ \t]+", " ");
        return MULTIPART_RELATED.matcher(headers).find();
    }

    private static String baseType(String mediaType) {
        return MediaType.parse(mediaType).getBaseType().toString();
    }

    /**
     * The kind of document a file's name says is a ZIP package (Word文档（.docx）for a.docx), or
     * null when the name is no package's.
     */
    public static String packageNamed(String fileName) {
        if (fileName == null) {
            return null;
        }
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        String extension = lower.substring(lower.lastIndexOf('.') + 1);
        return switch (extension) {
            case "docx", "docm", "dotx" -> "Word文档（.docx）";
            case "xlsx", "xlsm", "xltx" -> "Excel工作簿（.xlsx）";
            case "odt", "ott" -> "OpenDocument文本（.odt）";
            case "ods", "ots" -> "OpenDocument表格（.ods）";
            case "ofd" -> "OFD文档";
            case "pptx", "wps", "et" -> "Office文档";
            default -> null;
        };
    }

    /** A Chinese name for a media type, for messages. */
    public static String describe(String mediaType) {
        return switch (mediaType) {
            case MediaTypes.PDF -> "PDF文档";
            case "text/html", "application/xhtml+xml" -> "网页（HTML）";
            case "text/plain" -> "文本文件";
            case MediaTypes.MARKDOWN -> "Markdown文档";
            case MediaTypes.MHT -> "单个文件网页（MHT）";
            case MediaTypes.DOC -> "Word 97-2003文档（.doc/.wps）";
            case MediaTypes.DOCX, MediaTypes.DOCM -> "Word文档（.docx）";
            case MediaTypes.XLS -> "Excel 97-2003工作簿（.xls）";
            case MediaTypes.XLSX, MediaTypes.XLSM -> "Excel工作簿（.xlsx）";
            case MediaTypes.OOXML_ENCRYPTED -> "加密的Office文档";
            case "application/rtf" -> "RTF文档";
            case MediaTypes.ZIP -> "ZIP压缩包";
            case MediaTypes.OFD -> "OFD文档";
            case "application/vnd.oasis.opendocument.text" -> "OpenDocument文本（.odt）";
            case "application/vnd.oasis.opendocument.spreadsheet" -> "OpenDocument表格（.ods）";
            case MediaTypes.OOXML, MediaTypes.OLE2 -> "Office文档";
            case "application/octet-stream" -> "无法识别的二进制文件";
            default -> mediaType.startsWith("image/") ? "图片" : "其他类型文件";
        };
    }
}
