package dev.weft.component.ast;

/** {@code sortidx ::= sort idx}: an index into the index space of {@code sort}. */
public record SortIndex(Sort sort, long index) {}
