package dev.weft.component.types;

public record OptionType(ValueType some) implements ValueType {
}
