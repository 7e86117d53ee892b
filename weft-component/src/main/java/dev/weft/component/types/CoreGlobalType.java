package dev.weft.component.types;

/** The type of a core WebAssembly global: its value type and mutability. */
public record CoreGlobalType(CoreValType type, boolean mutable) implements CoreExternType {
}
