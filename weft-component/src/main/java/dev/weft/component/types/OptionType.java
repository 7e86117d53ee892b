package dev.weft.component.types;

/** The WIT {@code option<T>} type. */
public record OptionType(ValueType some) implements ValueType {
}
