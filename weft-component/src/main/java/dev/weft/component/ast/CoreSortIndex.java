package dev.weft.component.ast;

/** {@code core:sortidx ::= core:sort idx}. */
public record CoreSortIndex(CoreSort sort, long index) {}
