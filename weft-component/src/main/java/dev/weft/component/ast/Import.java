package dev.weft.component.ast;

/** {@code import ::= na:nameattributes et:externtype}. */
public record Import(ExternName name, ExternType type, long offset) {}
