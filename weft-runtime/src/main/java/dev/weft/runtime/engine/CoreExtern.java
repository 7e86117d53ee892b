package dev.weft.runtime.engine;

/**
 * A runtime entity a core instance exports and another core instance can import: the same object, not a copy,
 * so memories, tables, mutable globals and functions are shared between instances.
 */
public sealed interface CoreExtern permits CoreFunction, CoreMemory, CoreTable, CoreGlobal, CoreTag {

    /** Its type as seen now (memories and tables report their current size as the minimum). */
    CoreExternType type();
}
