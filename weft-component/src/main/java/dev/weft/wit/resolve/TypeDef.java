package dev.weft.wit.resolve;

/** A named type definition in an interface or world. */
public record TypeDef(String name, TypeDefKind kind, Stability stability, String docs) {
}
