package dev.weft.runtime.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import run.endive.runtime.Instance;

/**
 * A core instance on Endive. Export handles are made once, on first use (so the same export is the same object);
 * imported externs are handed out as given.
 */
final class EndiveInstance implements CoreInstance {
    private final EndiveModule module;
    private final ModuleLayout layout;
    private final Instance instance;
    private final ImportLinker.Linked linked;
    private final CoreMemory[] memories;
    private final EndiveTag[] tags;
    private volatile Map<String, CoreExtern> exports;
    /** Exported functions, tables and globals resolved so far, by index in their index space (guarded by this). */
    private CoreFunction[] functions;
    private CoreTable[] tables;
    private CoreGlobal[] globals;

    EndiveInstance(EndiveModule module, ModuleLayout layout, Instance instance, ImportLinker.Linked linked) {
        this.module = module;
        this.layout = layout;
        this.instance = instance;
        this.linked = linked;
        this.memories = new CoreMemory[layout.memoryTypes().length];
        this.tags = new EndiveTag[layout.tagTypes().length];
    }

    @Override
    public CoreModule module() {
        return module;
    }

    @Override
    public Map<String, CoreExtern> exports() {
        var result = exports;
        if (result == null) {
            var map = new LinkedHashMap<String, CoreExtern>();
            for (CoreExport export : layout.exports()) {
                map.put(export.name(), exported(export.name()));
            }
            result = Collections.unmodifiableMap(map);
            exports = result;
        }
        return result;
    }

    @Override
    public Optional<CoreExtern> export(String name) {
        return Optional.ofNullable(exported(name));
    }

    /** The export {@code name} (the same object every time), or null; resolves only that one. */
    private synchronized CoreExtern exported(String name) {
        ModuleLayout.ExportSlot slot = layout.exportSlots().get(name);
        return slot == null ? null : resolve(slot);
    }

    @Override
    public CoreFunction function(String name) {
        return expect(name, CoreFunction.class);
    }

    @Override
    public CoreMemory memory(String name) {
        return expect(name, CoreMemory.class);
    }

    @Override
    public CoreTable table(String name) {
        return expect(name, CoreTable.class);
    }

    @Override
    public CoreGlobal global(String name) {
        return expect(name, CoreGlobal.class);
    }

    @Override
    public Optional<CoreMemory> defaultMemory() {
        return layout.memoryTypes().length == 0 ? Optional.empty() : Optional.of(memory(0));
    }

    private <T extends CoreExtern> T expect(String name, Class<T> kind) {
        var extern = export(name).orElseThrow(() -> new IllegalArgumentException("no export named " + name));
        if (!kind.isInstance(extern)) {
            throw new IllegalArgumentException("export " + name + " is a " + extern.type().kind() + ", not a "
                    + kind.getSimpleName());
        }
        return kind.cast(extern);
    }

    /** The extern an export slot points at, made on first use and the same object afterwards. */
    private CoreExtern resolve(ModuleLayout.ExportSlot slot) {
        int index = slot.index();
        return switch (slot.kind()) {
            case FUNCTION -> function(index);
            case MEMORY -> memory(index);
            case TABLE -> table(index);
            case GLOBAL -> global(index);
            case TAG -> tag(index);
        };
    }

    private CoreFunction function(int index) {
        if (index < linked.functions().length && linked.functions()[index] != null) {
            return linked.functions()[index];
        }
        if (functions == null) {
            functions = new CoreFunction[layout.functionTypes().length];
        }
        CoreFunction function = functions[index];
        if (function == null) {
            function = new EndiveFunction(instance, index, layout.functionTypes()[index]);
            functions[index] = function;
        }
        return function;
    }

    private CoreTable table(int index) {
        if (index < linked.tables().length) {
            return linked.tables()[index];
        }
        if (tables == null) {
            tables = new CoreTable[layout.tableTypes().length];
        }
        CoreTable table = tables[index];
        if (table == null) {
            table = new EndiveTable(instance.table(index), layout.tableTypes()[index]);
            tables[index] = table;
        }
        return table;
    }

    private CoreGlobal global(int index) {
        if (index < linked.globals().length) {
            return linked.globals()[index];
        }
        if (globals == null) {
            globals = new CoreGlobal[layout.globalTypes().length];
        }
        CoreGlobal global = globals[index];
        if (global == null) {
            global = new EndiveGlobal(instance.global(index), layout.globalTypes()[index]);
            globals[index] = global;
        }
        return global;
    }

    private CoreTag tag(int index) {
        if (index < linked.tags().length) {
            return linked.tags()[index];
        }
        EndiveTag tag = tags[index];
        if (tag == null) {
            tag = EndiveTag.defined(instance.tag(index), layout.tagTypes()[index]);
            tags[index] = tag;
        }
        return tag;
    }

    private CoreMemory memory(int index) {
        CoreMemory memory = memories[index];
        if (memory == null) {
            memory = index < linked.memories().length
                    ? linked.memories()[index]
                    : new EndiveMemory(instance.memory(index), layout.memoryTypes()[index]);
            memories[index] = memory;
        }
        return memory;
    }
}
