package dev.weft.component.types;

public record ListType(ValueType element) implements ValueType {
}
