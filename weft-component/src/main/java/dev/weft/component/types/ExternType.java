package dev.weft.component.types;

/**
 * The type of a component-level import or export (Explainer.md {@code externdesc}): a core module, a function,
 * a value, a type (with its bound), an instance or a component.
 */
public sealed interface ExternType permits CoreModuleType, FuncType, ValueExtern, TypeExtern, InstanceType,
        ComponentType {
}
