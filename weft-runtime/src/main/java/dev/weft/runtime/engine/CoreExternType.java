package dev.weft.runtime.engine;

/** The type of something a core module imports or exports. */
public sealed interface CoreExternType permits CoreFuncType, CoreMemoryType, CoreTableType, CoreGlobalType,
        CoreTagType {

    /** Short kind name as in the text format: func, memory, table, global, tag. */
    String kind();
}
