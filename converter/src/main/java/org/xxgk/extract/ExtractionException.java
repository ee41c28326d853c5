package org.xxgk.extract;

/** A document that cannot be read; the message is for the user, in Chinese. */
public class ExtractionException extends Exception {

    public ExtractionException(String userMessage) {
        super(userMessage);
    }

    public ExtractionException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
