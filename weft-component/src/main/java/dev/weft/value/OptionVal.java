package dev.weft.value;

import java.util.Optional;

/** A WIT {@code option<T>} value: {@code some} holds the value, {@code none} is empty. */
public record OptionVal(Optional<Val> value) implements Val {
}
