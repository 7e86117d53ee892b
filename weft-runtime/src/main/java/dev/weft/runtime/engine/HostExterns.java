package dev.weft.runtime.engine;

import run.endive.runtime.GlobalInstance;
import run.endive.runtime.TableInstance;
import run.endive.wasm.types.MutabilityType;
import run.endive.wasm.types.Table;
import run.endive.wasm.types.Value;

/** Memories, tables and globals the host creates itself, to offer as imports. */
public final class HostExterns {

    private HostExterns() {}

    public static CoreMemory memory(CoreMemoryType type) {
        return new EndiveMemory(MemoryView.create(EndiveTypes.toEndive(type)), type);
    }

    public static CoreTable table(CoreTableType type) {
        var table = new TableInstance(
                new Table(EndiveTypes.toEndive(type.elementType()), EndiveTypes.toEndive(type)),
                Value.REF_NULL_VALUE);
        return new EndiveTable(table, type);
    }

    public static CoreGlobal global(CoreGlobalType type, long value) {
        var global = GlobalInstance.builder()
                .valueLow(value)
                .valType(EndiveTypes.toEndive(type.valueType()))
                .mutabilityType(type.mutable() ? MutabilityType.Var : MutabilityType.Const)
                .build();
        return new EndiveGlobal(global, type);
    }
}
