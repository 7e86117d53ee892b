package dev.weft.component.types;

/** {@code list<T, N>}: gated behind the fixed-length-lists feature (🔧 in Binary.md). */
public record FixedListType(ValueType element, int length) implements ValueType {
}
