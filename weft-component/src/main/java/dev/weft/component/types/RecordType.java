package dev.weft.component.types;

import java.util.List;

public record RecordType(List<Field> fields) implements ValueType {
    public RecordType {
        fields = List.copyOf(fields);
    }

    public record Field(String name, ValueType type) {
    }
}
