package dev.weft.component.types;

/** One import or export of a component or instance type: its name (attributes dropped) and its type. */
public record NamedExtern(String name, ExternType type) {
}
