package dev.weft.app.keyvalue;

/** A backend failure (I/O, connection, a non-integer value for increment); the guest sees {@code error::other}. */
public final class KeyValueException extends Exception {
    public KeyValueException(String message) {
        super(message);
    }

    public KeyValueException(String message, Throwable cause) {
        super(message, cause);
    }
}
