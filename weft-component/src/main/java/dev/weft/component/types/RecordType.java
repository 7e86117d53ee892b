package dev.weft.component.types;

import java.util.List;

/** The WIT {@code record} type: its named fields in declaration order. */
public record RecordType(List<Field> fields) implements ValueType {
    public RecordType {
        fields = List.copyOf(fields);
    }

    public record Field(String name, ValueType type) {
    }
}
