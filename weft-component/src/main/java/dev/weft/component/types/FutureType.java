package dev.weft.component.types;

import java.util.Optional;

/** {@code future<T>} (async, WASI 0.3). */
public record FutureType(Optional<ValueType> element) implements ValueType {
}
