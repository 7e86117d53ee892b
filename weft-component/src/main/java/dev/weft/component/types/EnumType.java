package dev.weft.component.types;

import java.util.List;

/** The WIT {@code enum} type: the case names in declaration order. */
public record EnumType(List<String> names) implements ValueType {
    public EnumType {
        names = List.copyOf(names);
    }
}
