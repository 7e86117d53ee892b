package dev.weft.component.types;

/** A {@code (value T)} import or export. */
public record ValueExtern(ValueType type) implements ExternType {
}
