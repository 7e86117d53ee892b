package dev.weft.component.ast;

import java.util.Optional;

/** {@code export ::= na:nameattributes si:sortidx et?:externtype?}. */
public record Export(ExternName name, SortIndex target, Optional<ExternType> ascribedType, long offset) {}
