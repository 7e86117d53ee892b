package dev.weft.component.types;

import java.util.List;

public record EnumType(List<String> names) implements ValueType {
    public EnumType {
        names = List.copyOf(names);
    }
}
