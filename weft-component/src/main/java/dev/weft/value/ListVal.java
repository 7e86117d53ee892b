package dev.weft.value;

import java.util.List;

public record ListVal(List<Val> elements) implements Val {
    public ListVal {
        elements = List.copyOf(elements);
    }
}
