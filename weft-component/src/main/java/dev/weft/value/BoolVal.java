package dev.weft.value;


/** A WIT {@code bool} value. */
public record BoolVal(boolean value) implements Val {
}
