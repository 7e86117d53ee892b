package dev.weft.wave;

/**
 * A host-supplied {@link dev.weft.value.Val} does not match the value type it is used as (API misuse, so
 * unchecked). The message names the path, e.g. {@code "record field `b`: expected u32, got string"}.
 */
public final class ValTypeMismatchException extends IllegalArgumentException {
    public ValTypeMismatchException(String message) {
        super(message);
    }
}
