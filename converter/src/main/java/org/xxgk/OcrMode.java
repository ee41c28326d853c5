package org.xxgk;

/** When pictures are read by OCR. */
public enum OcrMode {
    /** Only pictures standing where a table was not found (the default). */
    AUTO,
    /** Never: tables published as pictures are reported missing. */
    OFF,
    /** Every picture, and every page of a PDF as a picture, ignoring its text layer. */
    FORCE
}
