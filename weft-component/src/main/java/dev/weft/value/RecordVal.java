package dev.weft.value;

import java.util.List;

/** Record fields in declaration order. */
public record RecordVal(List<Field> fields) implements Val {
    public RecordVal {
        fields = List.copyOf(fields);
    }

    public record Field(String name, Val value) {
    }
}
