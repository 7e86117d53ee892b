package dev.weft.value;

import java.util.List;

/** A WIT {@code list<T>} value: its elements in order. */
public record ListVal(List<Val> elements) implements Val {
    public ListVal {
        elements = elements instanceof ByteList bytes ? bytes : List.copyOf(elements);
    }
}
