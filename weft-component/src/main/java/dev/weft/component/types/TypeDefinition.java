package dev.weft.component.types;

/**
 * What an entry of a component's type index space resolves to (Explainer.md "Type Definitions"): a value type,
 * a function type, an instance or component type, or a resource type. Core types live in their own index space
 * and are modelled by {@link CoreTypeDefinition}.
 */
public sealed interface TypeDefinition permits ValueType, FuncType, InstanceType, ComponentType, ResourceType {
}
