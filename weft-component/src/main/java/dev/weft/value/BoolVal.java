package dev.weft.value;


public record BoolVal(boolean value) implements Val {
}
