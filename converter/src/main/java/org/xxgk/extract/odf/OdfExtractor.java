package org.xxgk.extract.odf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.xxgk.container.ZipPackage;
import org.xxgk.extract.ExtractionException;
import org.xxgk.extract.Extractor;
import org.xxgk.grid.ExtractedDocument;

/**
 * OpenDocument text and spreadsheets (.odt, .ods, as LibreOffice and WPS save them): the package
 * is opened with the same bounds as any Office package, and its content.xml read by
 * {@link OdfContent}. No ODF library is needed for this: the tables are plain XML with their spans.
 */
public final class OdfExtractor implements Extractor {

    public static final String TEXT = "application/vnd.oasis.opendocument.text";
    public static final String SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet";
    static final String DAMAGED = "OpenDocument文档已损坏或不完整，无法读取";

    private final int maxCells;

    public OdfExtractor(int maxCells) {
        this.maxCells = maxCells;
    }

    @Override
    public ExtractedDocument extract(byte[] content) throws ExtractionException {
        byte[] xml;
        boolean spreadsheet;
        try (ZipPackage zip = ZipPackage.open(content, ZipPackage.Bounds.DOCUMENT)) {
            if (!zip.has("content.xml")) {
                throw new ExtractionException(DAMAGED);
            }
            String mimetype = zip.has("mimetype") ? new String(zip.read("mimetype"), StandardCharsets.US_ASCII).trim() : "";
            spreadsheet = mimetype.startsWith(SPREADSHEET);
            xml = zip.read("content.xml");
        } catch (IOException e) {
            throw new ExtractionException(e.getMessage() != null && e.getMessage().startsWith("压缩包") ? e.getMessage() : DAMAGED, e);
        }
        return new ExtractedDocument(OdfContent.read(xml, spreadsheet, maxCells), null);
    }
}
