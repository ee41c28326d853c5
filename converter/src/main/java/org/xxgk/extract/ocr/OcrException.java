package org.xxgk.extract.ocr;

/** The OCR engine failed, was stopped or could not be started; the message is for users (Chinese). */
public final class OcrException extends Exception {

    public OcrException(String message) {
        super(message);
    }

    public OcrException(String message, Throwable cause) {
        super(message, cause);
    }
}
