package dev.weft.value;


/** A WIT {@code s16} value. */
public record S16Val(short value) implements Val {
}
