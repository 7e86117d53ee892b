package dev.weft.component.types;

public record CoreGlobalType(CoreValType type, boolean mutable) implements CoreExternType {
}
