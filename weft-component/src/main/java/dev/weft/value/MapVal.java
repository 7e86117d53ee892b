package dev.weft.value;

import java.util.List;

/** A value of {@code map<K, V>}: entries in order. */
public record MapVal(List<Entry> entries) implements Val {
    public MapVal {
        entries = List.copyOf(entries);
    }

    public record Entry(Val key, Val value) {
    }
}
