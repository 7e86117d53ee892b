package dev.weft.wit.resolve;

/** A named function parameter. */
public record Param(String name, WitType type) {
}
