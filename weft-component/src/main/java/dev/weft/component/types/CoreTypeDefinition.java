package dev.weft.component.types;

/** What an entry of a component's core type index space resolves to: a core function type or a module type. */
public sealed interface CoreTypeDefinition permits CoreFuncType, CoreModuleType, CoreOtherType {
}
