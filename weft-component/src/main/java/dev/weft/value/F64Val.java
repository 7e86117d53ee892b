package dev.weft.value;


public record F64Val(double value) implements Val {
}
