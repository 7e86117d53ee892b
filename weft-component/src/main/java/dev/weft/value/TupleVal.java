package dev.weft.value;

import java.util.List;

/** A WIT {@code tuple<…>} value: one element per tuple field, in order. */
public record TupleVal(List<Val> elements) implements Val {
    public TupleVal {
        elements = List.copyOf(elements);
    }
}
