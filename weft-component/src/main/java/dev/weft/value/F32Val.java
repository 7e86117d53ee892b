package dev.weft.value;


public record F32Val(float value) implements Val {
}
