package dev.weft.value;

public record EnumVal(String caseName) implements Val {
}
