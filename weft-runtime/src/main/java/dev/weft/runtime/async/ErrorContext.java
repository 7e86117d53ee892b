package dev.weft.runtime.async;

import dev.weft.runtime.resource.AsyncElement;

/**
 * An error context (the spec's {@code ErrorContext}): an immutable debug message, shared by reference between
 * the handle tables it is passed to.
 */
public record ErrorContext(String debugMessage) implements AsyncElement {
    @Override
    public String describe() {
        return "error context";
    }
}
