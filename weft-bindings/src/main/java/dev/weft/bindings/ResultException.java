package dev.weft.bindings;

/** Thrown by {@link Result#orElseThrow()} for an error result; {@link #error()} is its payload. */
public final class ResultException extends RuntimeException {
    private final transient Object error;

    public ResultException(Object error) {
        super("result is err(" + error + ")");
        this.error = error;
    }

    /** The error payload (null for {@code result<T>} without an error type). */
    public Object error() {
        return error;
    }
}
