package dev.weft.component.types;

/** The WIT {@code borrow<R>} handle type: a handle lent for the duration of one call. */
public record BorrowType(ResourceType resource) implements ValueType {
}
