package dev.weft.value;


public record S32Val(int value) implements Val {
}
