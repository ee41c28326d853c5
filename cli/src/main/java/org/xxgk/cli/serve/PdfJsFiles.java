package org.xxgk.cli.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where pdf.js lies in the jar: the WebJar's folder carries its version, which the page should not
 * need to know, so the server hosts that folder as /pdfjs (the 查看原文 panel draws PDF pages with it).
 */
final class PdfJsFiles {

    static final String HOSTED_PATH = "/pdfjs";

    private PdfJsFiles() {
    }

    /** The class-path folder of the WebJar's files, e.g. /META-INF/resources/webjars/pdfjs-dist/5.4.624. */
    static String directory() {
        Properties pom = new Properties();
        try (InputStream in = PdfJsFiles.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/pdfjs-dist/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("pdf.js (org.webjars.npm:pdfjs-dist) is missing from the class path");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "/META-INF/resources/webjars/pdfjs-dist/" + pom.getProperty("version");
    }
}
