package dev.weft.value;

import java.util.Objects;

public record StringVal(String value) implements Val {
    public StringVal {
        Objects.requireNonNull(value, "value");
    }
}
