package dev.weft.component.types;

import java.util.List;

/** The WIT {@code tuple<…>} type: its element types in order. */
public record TupleType(List<ValueType> elements) implements ValueType {
    public TupleType {
        elements = List.copyOf(elements);
    }
}
