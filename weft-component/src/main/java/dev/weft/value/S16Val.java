package dev.weft.value;


public record S16Val(short value) implements Val {
}
