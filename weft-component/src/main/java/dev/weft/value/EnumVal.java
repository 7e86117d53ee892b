package dev.weft.value;

/** A WIT {@code enum} value: the name of its case. */
public record EnumVal(String caseName) implements Val {
}
