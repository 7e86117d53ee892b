package dev.weft.error;

/** The bytes are not a well-formed component or module ({@code assert_malformed}). */
public final class DecodeException extends WeftException {
    private final long offset;

    public DecodeException(String message, long offset) {
        super(message + " (at offset 0x" + Long.toHexString(offset) + ")");
        this.offset = offset;
    }

    public DecodeException(String message, long offset, Throwable cause) {
        super(message + " (at offset 0x" + Long.toHexString(offset) + ")", cause);
        this.offset = offset;
    }

    /** Absolute byte offset in the outermost binary where decoding failed. */
    public long offset() {
        return offset;
    }
}
