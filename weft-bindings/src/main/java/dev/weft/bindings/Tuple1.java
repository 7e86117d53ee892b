package dev.weft.bindings;

/** A WIT {@code tuple} of 1 element ({@code v1} is the first). */
public record Tuple1<T1>(T1 v1) {
}
