package dev.weft.component.types;

/** The type of a core import or export. */
public sealed interface CoreExternType permits CoreFuncType, CoreTableType, CoreMemoryType, CoreGlobalType,
        CoreTagType {
}
