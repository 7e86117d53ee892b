package dev.weft.component.types;

import java.util.Optional;

/** {@code stream<T>} (async, WASI 0.3). */
public record StreamType(Optional<ValueType> element) implements ValueType {
}
