package dev.weft.component.types;

/** The type of a core WebAssembly exception tag: the function type of its payload. */
public record CoreTagType(CoreFuncType type) implements CoreExternType {
}
