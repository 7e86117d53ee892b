package dev.weft.component.types;

/** The bound of a type import or export: {@code (eq T)} or {@code (sub resource)}. */
public sealed interface TypeBound {

    /** {@code (eq T)}: the imported or exported type is T. */
    record Eq(TypeDefinition type) implements TypeBound {
    }

    /**
     * {@code (sub resource)}: the import or export introduces a fresh abstract resource type; {@code resource} is
     * that type's identity within the enclosing component or instance type.
     */
    record SubResource(ResourceType resource) implements TypeBound {
    }
}
