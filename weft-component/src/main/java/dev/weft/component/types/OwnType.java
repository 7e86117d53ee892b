package dev.weft.component.types;

/** The WIT {@code own<R>} handle type: a handle whose ownership moves with the value. */
public record OwnType(ResourceType resource) implements ValueType {
}
