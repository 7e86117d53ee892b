package dev.weft.value;

import java.util.List;

/** The names of the flags that are set, in declaration order. */
public record FlagsVal(List<String> set) implements Val {
    public FlagsVal {
        set = List.copyOf(set);
    }
}
