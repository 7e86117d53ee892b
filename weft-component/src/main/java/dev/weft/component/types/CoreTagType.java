package dev.weft.component.types;

public record CoreTagType(CoreFuncType type) implements CoreExternType {
}
