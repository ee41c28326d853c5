package org.xxgk.extract.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.xxgk.detect.FormatDetector;
import org.xxgk.extract.ExtractionException;
import org.xxgk.extract.Extractor;
import org.xxgk.extract.Extractors;
import org.xxgk.grid.ExtractedDocument;

/**
 * Password-protected Word and Excel 2007+ files. Some are encrypted with the empty default
 * password (Excel's "protect workbook structure" does this); those are decrypted and read as
 * what they hold. A real opening password cannot be guessed: that is a clear failure.
 */
public final class EncryptedOfficeExtractor implements Extractor {

    /** The decrypted package is read by the plain DOCX/XLSX extractors. */
    private final Extractors inner;
    private final FormatDetector detector = new FormatDetector();

    public EncryptedOfficeExtractor(Extractors inner) {
        this.inner = inner;
    }

    @Override
    public ExtractedDocument extract(byte[] content) throws ExtractionException {
        byte[] plain;
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(fs));
            if (!decryptor.verifyPassword(Decryptor.DEFAULT_PASSWORD)) {
                throw new ExtractionException(OfficeMessages.ENCRYPTED);
            }
            try (InputStream in = decryptor.getDataStream(fs)) {
                plain = in.readNBytes(content.length * 4 + (1 << 20));
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new ExtractionException(OfficeMessages.ENCRYPTED, e);
        }
        String mediaType = detector.detect(plain, null);
        Extractor extractor = inner.forMediaType(mediaType)
                .orElseThrow(() -> new ExtractionException(OfficeMessages.ENCRYPTED));
        return extractor.extract(plain);
    }
}
