package dev.weft.component.types;

import java.util.Optional;

/** The WIT {@code result<ok, err>} type; either side may be absent. */
public record ResultType(Optional<ValueType> ok, Optional<ValueType> err) implements ValueType {
}
