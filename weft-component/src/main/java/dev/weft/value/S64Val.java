package dev.weft.value;


public record S64Val(long value) implements Val {
}
