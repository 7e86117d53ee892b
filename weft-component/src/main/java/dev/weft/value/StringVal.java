package dev.weft.value;

import java.util.Objects;

/** A WIT {@code string} value (always valid Unicode; the ABI transcodes to the guest's encoding). */
public record StringVal(String value) implements Val {
    public StringVal {
        Objects.requireNonNull(value, "value");
    }
}
