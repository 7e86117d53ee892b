package dev.weft.value;

import java.util.List;

public record TupleVal(List<Val> elements) implements Val {
    public TupleVal {
        elements = List.copyOf(elements);
    }
}
