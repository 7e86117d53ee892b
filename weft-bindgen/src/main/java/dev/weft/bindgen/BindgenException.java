package dev.weft.bindgen;

/** The world cannot be turned into Java bindings; the message names the item and why. */
public final class BindgenException extends Exception {
    public BindgenException(String message) {
        super(message);
    }

    public BindgenException(String message, Throwable cause) {
        super(message, cause);
    }
}
