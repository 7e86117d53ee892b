package dev.weft.value;


public record S8Val(byte value) implements Val {
}
