package dev.weft.value;

import java.util.Objects;

/**
 * A {@code stream<T>}, {@code future<T>} or {@code error-context} value passed across the boundary
 * (component-model async): {@code state} is the runtime's shared state of the stream or future (what the readable
 * end reads from) or the error context, opaque outside the runtime.
 */
public record AsyncVal(Kind kind, Object state) implements Val {
    /** Which async value. */
    public enum Kind { STREAM, FUTURE, ERROR_CONTEXT }

    public AsyncVal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
    }
}
