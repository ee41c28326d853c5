package org.xxgk.detect;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Looks inside an OLE2 compound file (Word 97-2003, WPS, Excel 97-2003, or an encrypted OOXML
 * document) and names it by its top-level streams.
 */
final class Ole2ContainerDetector implements Detector {

    private final byte[] content;

    Ole2ContainerDetector(byte[] content) {
        this.content = content;
    }

    @Override
    public MediaType detect(InputStream ignored, Metadata metadata) {
        Set<String> names;
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            names = root.getEntryNames();
        } catch (IOException | RuntimeException e) {
            return MediaType.parse(MediaTypes.OLE2);
        }
        if (names.contains("EncryptedPackage")) {
            return MediaType.parse(MediaTypes.OOXML_ENCRYPTED);
        }
        // Kingsoft WPS writes the same WordDocument stream as Word 97-2003.
        if (names.contains("WordDocument")) {
            return MediaType.parse(MediaTypes.DOC);
        }
        if (names.contains("Workbook") || names.contains("WORKBOOK") || names.contains("Book")) {
            return MediaType.parse(MediaTypes.XLS);
        }
        return MediaType.parse(MediaTypes.OLE2);
    }
}
