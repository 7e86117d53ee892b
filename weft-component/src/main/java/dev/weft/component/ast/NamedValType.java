package dev.weft.component.ast;

/** {@code labelvaltype ::= l:labellit t:valtype}: a record field or a function parameter. */
public record NamedValType(String name, ComponentValType type) {}
