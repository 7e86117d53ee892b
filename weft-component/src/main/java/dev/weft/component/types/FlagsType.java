package dev.weft.component.types;

import java.util.List;

/** The WIT {@code flags} type: the flag names in declaration order (bit order). */
public record FlagsType(List<String> names) implements ValueType {
    public FlagsType {
        names = List.copyOf(names);
    }
}
