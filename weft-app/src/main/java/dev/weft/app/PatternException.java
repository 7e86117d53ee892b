package dev.weft.app;

/** A route, outbound-host pattern or template that cannot be parsed; the message says what and why. */
public final class PatternException extends Exception {
    public PatternException(String message) {
        super(message);
    }
}
