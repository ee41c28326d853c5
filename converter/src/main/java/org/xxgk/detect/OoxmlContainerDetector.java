package org.xxgk.detect;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Looks inside a ZIP for the OOXML package's [Content_Types].xml and names the document by its
 * main part: Word, Excel, or neither. Reads at most one small entry; parses no XML.
 */
final class OoxmlContainerDetector implements Detector {

    private static final int MAX_CONTENT_TYPES_BYTES = 1 << 20;
    private static final int MAX_ENTRIES_SCANNED = 10_000;

    private final byte[] content;

    OoxmlContainerDetector(byte[] content) {
        this.content = content;
    }

    @Override
    public MediaType detect(InputStream ignored, Metadata metadata) {
        String types = contentTypes();
        if (types == null) {
            return MediaType.parse(MediaTypes.ZIP); // a ZIP, but no Office package
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

    private String contentTypes() {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int i = 0; i < MAX_ENTRIES_SCANNED && (entry = zip.getNextEntry()) != null; i++) {
                if (entry.getName().equals("[Content_Types].xml")) {
                    byte[] bytes = zip.readNBytes(MAX_CONTENT_TYPES_BYTES);
                    return new String(bytes, StandardCharsets.UTF_8);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return null; // a broken ZIP: not a readable package
        }
        return null;
    }
}
