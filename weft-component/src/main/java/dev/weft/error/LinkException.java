package dev.weft.error;

/** An import is missing or has the wrong type ({@code assert_unlinkable}). */
public final class LinkException extends WeftException {
    public LinkException(String message) {
        super(message);
    }

    public LinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
