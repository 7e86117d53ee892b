package dev.weft.component.types;

/** A core GC type (struct, array, rec group member) in a component's core type index space; only counted. */
public record CoreOtherType(String description) implements CoreTypeDefinition {
}
