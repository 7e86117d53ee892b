package dev.weft.value;


/** A WIT {@code s8} value. */
public record S8Val(byte value) implements Val {
}
