package dev.weft.wit.syntax;

import java.util.List;
import java.util.Optional;

/** {@code async? func(params) -> result}; also the parameter list and result of a constructor. */
public record FuncSignature(boolean async, List<Param> params, Optional<TypeExpr> result, Span span) {
    public FuncSignature {
        params = List.copyOf(params);
    }

    public record Param(Ident name, TypeExpr type) {
    }
}
