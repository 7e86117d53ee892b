package dev.weft.value;

import java.util.List;

/** A value of {@code list<T, N>}. */
public record FixedListVal(List<Val> elements) implements Val {
    public FixedListVal {
        elements = List.copyOf(elements);
    }
}
