package dev.weft.value;


/** A WIT {@code s32} value. */
public record S32Val(int value) implements Val {
}
