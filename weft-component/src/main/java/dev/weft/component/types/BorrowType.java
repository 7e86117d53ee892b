package dev.weft.component.types;

public record BorrowType(ResourceType resource) implements ValueType {
}
