package dev.weft.component.types;

import java.util.List;
import java.util.Optional;

/** A component function type: named parameters and at most one result. */
public record FuncType(List<Param> params, Optional<ValueType> result, boolean async)
        implements ExternType, TypeDefinition {
    public FuncType {
        params = List.copyOf(params);
    }

    public record Param(String name, ValueType type) {
    }
}
