package dev.weft.component.types;

import java.util.List;

public record FlagsType(List<String> names) implements ValueType {
    public FlagsType {
        names = List.copyOf(names);
    }
}
