package dev.weft.component.types;

public record OwnType(ResourceType resource) implements ValueType {
}
