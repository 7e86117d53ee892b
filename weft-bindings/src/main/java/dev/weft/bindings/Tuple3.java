package dev.weft.bindings;

/** A WIT {@code tuple} of 3 elements ({@code v1} is the first). */
public record Tuple3<T1, T2, T3>(T1 v1, T2 v2, T3 v3) {
}
