package dev.weft.component.types;

import java.util.List;

public record TupleType(List<ValueType> elements) implements ValueType {
    public TupleType {
        elements = List.copyOf(elements);
    }
}
