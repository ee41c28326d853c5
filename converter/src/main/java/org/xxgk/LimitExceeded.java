package org.xxgk;

/**
 * A file crossed one of the limits while it was being read: the reader stops at once, and the
 * conversion fails with the message, which names the limit (in Chinese). Unchecked, because the
 * count that crosses a limit sits deep inside library callbacks (PDFBox operators, SAX handlers)
 * that may only throw their own checked exceptions, and PDFBox swallows an IOException thrown
 * while a form XObject is drawn.
 *
 * <p>{@link #count()} is how far the count had got when the reader stopped: one past the limit
 * when the reader stopped at once, which is what tests check to know the work was bounded.
 */
public final class LimitExceeded extends RuntimeException {

    private final long count;

    public LimitExceeded(String userMessage, long count) {
        super(userMessage, null, false, false);
        this.count = count;
    }

    public long count() {
        return count;
    }
}
