package dev.weft.error;

/** The component is well-formed but breaks a typing or naming rule ({@code assert_invalid}). */
public final class ValidationException extends WeftException {
    private final long offset;

    public ValidationException(String message, long offset) {
        super(offset >= 0 ? message + " (at offset 0x" + Long.toHexString(offset) + ")" : message);
        this.offset = offset;
    }

    /** Absolute byte offset of the offending item, or -1 where none is known. */
    public long offset() {
        return offset;
    }
}
