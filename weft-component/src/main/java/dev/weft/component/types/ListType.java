package dev.weft.component.types;

/** The WIT {@code list<T>} type. */
public record ListType(ValueType element) implements ValueType {
}
