package org.xxgk.detect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.xxgk.container.ZipPackage;

/**
 * Looks inside a ZIP and names the document it packages: an OOXML package by its
 * [Content_Types].xml (Word, Excel, or neither), an OpenDocument one by its mimetype entry, an OFD
 * one by its OFD.xml; otherwise it is a ZIP archive. Reads at most one small entry, through the
 * central directory; parses no XML.
 */
final class ZipContainerDetector implements Detector {

    private static final int MAX_CONTENT_TYPES_BYTES = 1 << 20;
    private static final Pattern ODF_TYPE = Pattern.compile("application/vnd\\.oasis\\.opendocument\\.[a-z0-9.+-]+");

    private final byte[] content;

    ZipContainerDetector(byte[] content) {
        this.content = content;
    }

    @Override
    public MediaType detect(InputStream ignored, Metadata metadata) {
        String types = contentTypes();
        if (types == null) {
            return MediaType.parse(otherPackage()); // no Office package: OpenDocument, OFD, or a plain ZIP
        }
        if (types.contains("wordprocessingml.document.main+xml")) {
            return MediaType.parse(MediaTypes.DOCX);
        }
        if (types.contains("application/vnd.ms-word.document.macroEnabled.main+xml")) {
            return MediaType.parse(MediaTypes.DOCM);
        }
        if (types.contains("spreadsheetml.sheet.main+xml")) {
            return MediaType.parse(MediaTypes.XLSX);
        }
        if (types.contains("application/vnd.ms-excel.sheet.macroEnabled.main+xml")) {
            return MediaType.parse(MediaTypes.XLSM);
        }
        return MediaType.parse(MediaTypes.OOXML);
    }

    private String otherPackage() {
        try (ZipPackage zip = ZipPackage.open(content, BOUNDS)) {
            if (zip.has("mimetype")) {
                String type = new String(zip.read("mimetype"), StandardCharsets.US_ASCII).strip();
                // Only a well-formed name: a damaged entry (…opendocument.spread, control bytes, t)
                // would otherwise become the report's media_type, which the schema refuses.
                if (ODF_TYPE.matcher(type).matches()) {
                    return type;
                }
            }
            return zip.has("OFD.xml") ? MediaTypes.OFD : MediaTypes.ZIP;
        } catch (IOException e) {
            return MediaTypes.ZIP;
        }
    }

    /**
     * The package's [Content_Types].xml, found through the central directory: streaming writers
     * (POI's SXSSF, EasyExcel) record entry sizes after the data, which a ZipInputStream trips on.
     */
    private String contentTypes() {
        try (ZipPackage zip = ZipPackage.open(content, BOUNDS)) {
            if (!zip.has("[Content_Types].xml")) {
                return null;
            }
            byte[] bytes = zip.read("[Content_Types].xml");
            return new String(bytes, 0, Math.min(bytes.length, MAX_CONTENT_TYPES_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null; // a broken ZIP: not a readable package
        }
    }

    /** Detection reads one small entry of at most this many. */
    private static final ZipPackage.Bounds BOUNDS = new ZipPackage.Bounds(100_000, MAX_CONTENT_TYPES_BYTES * 4L, MAX_CONTENT_TYPES_BYTES * 4L, 100);
}
