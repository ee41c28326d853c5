package org.xxgk.cli.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.xxgk.cli.export.XlsxExport;

/**
 * Recognises the summary workbooks xxgk wrote (whatever the user named them) by their creator
 * property, so a run over a folder that holds last run's workbook does not convert it.
 */
final class OwnWorkbooks {

    /** docProps/core.xml is a few hundred bytes; more is not a property file worth reading. */
    private static final int MAX_PROPERTIES = 64 * 1024;

    private OwnWorkbooks() {
    }

    static boolean isOurs(Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return false;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry core = zip.getEntry("docProps/core.xml");
            if (core == null) {
                return false;
            }
            try (InputStream in = zip.getInputStream(core)) {
                String xml = new String(in.readNBytes(MAX_PROPERTIES), StandardCharsets.UTF_8);
                return xml.contains("<dc:creator>" + XlsxExport.CREATOR + "</dc:creator>");
            }
        } catch (IOException | RuntimeException e) {
            return false; // not a readable package: the converter will say what it is
        }
    }
}
