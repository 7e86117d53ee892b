package dev.weft.value;


/** A WIT {@code s64} value. */
public record S64Val(long value) implements Val {
}
