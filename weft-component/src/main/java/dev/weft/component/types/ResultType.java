package dev.weft.component.types;

import java.util.Optional;

public record ResultType(Optional<ValueType> ok, Optional<ValueType> err) implements ValueType {
}
