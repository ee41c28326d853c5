package org.xxgk.detect;

/** The media types xxgk tells apart, as constants so detectors and extractors agree. */
public final class MediaTypes {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String DOCM = "application/vnd.ms-word.document.macroenabled.12";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String XLSM = "application/vnd.ms-excel.sheet.macroenabled.12";
    public static final String DOC = "application/msword";
    public static final String XLS = "application/vnd.ms-excel";
    /** An OOXML document encrypted with a password: an OLE2 container holding the encrypted package. */
    public static final String OOXML_ENCRYPTED = "application/x-tika-ooxml-protected";
    public static final String ZIP = "application/zip";
    public static final String OLE2 = "application/x-tika-msoffice";
    public static final String OOXML = "application/x-tika-ooxml";
    public static final String MARKDOWN = "text/markdown";
    /** MHT/MHTML, a web page and its pictures in one MIME message ("网页，单个文件"). */
    public static final String MHT = "multipart/related";
    public static final String RTF = "application/rtf";
    /** OFD (GB/T 33190), the national fixed-layout format: a ZIP holding OFD.xml. */
    public static final String OFD = "application/ofd";

    private MediaTypes() {
    }
}
