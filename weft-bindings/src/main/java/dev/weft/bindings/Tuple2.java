package dev.weft.bindings;

/** A WIT {@code tuple} of 2 elements ({@code v1} is the first). */
public record Tuple2<T1, T2>(T1 v1, T2 v2) {
}
