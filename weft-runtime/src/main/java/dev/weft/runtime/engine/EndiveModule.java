package dev.weft.runtime.engine;

import dev.weft.error.InstantiationException;
import dev.weft.error.LinkException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import run.endive.runtime.GlobalFactory;
import run.endive.runtime.GlobalInstance;
import run.endive.runtime.Instance;
import run.endive.runtime.Memory;
import run.endive.wasm.types.ExternalType;
import run.endive.wasm.types.MemoryLimits;
import run.endive.runtime.TableFactory;
import run.endive.runtime.TableInstance;
import run.endive.runtime.TrapException;
import run.endive.wasm.UninstantiableException;
import run.endive.wasm.UnlinkableException;
import run.endive.wasm.types.Table;
import run.endive.wasm.types.TableLimits;

/** A compiled module; {@link #instantiate} builds an Endive instance around the shared machine factory. */
final class EndiveModule implements CoreModule {

    /**
     * Endive's default table creation shares the module's {@code TableLimits} object between instances and
     * {@code table.grow} mutates it; give every instance its own limits, with the store's cap as maximum.
     */
    private TableFactory ownTables(CoreStore store, List<TableView> views) {
        var layout = loaded.layout();
        boolean[] exported = exportedTables;
        int[] next = {layout.importedTables()};
        return (table, initValue) -> {
            int index = next[0]++;
            TableLimits limits = table.limits();
            long max = store.tableMax(limits.min(), limits.max());
            var own = new Table(table.elementType(), new TableLimits(limits.min(), max, limits.shared()),
                    table.initialize());
            var storage = new TableInstance(own, initValue);
            if (!exported[index] || !TableView.applies(table.elementType())) {
                return storage; // only an exported table can hold other instances' functions
            }
            // the defining instance reads through a view too: others may store their functions in the table
            TableView view = TableView.over(storage);
            views.add(view);
            return view;
        };
    }

    /** Defined globals as Endive makes them, except the meters, which are the store's. */
    private GlobalFactory globals(CoreStore store) {
        var meters = loaded.meters();
        int[] next = {0};
        return (value, high, type, mutability) -> {
            int ordinal = next[0]++;
            if (ordinal == meters.fuel()) {
                return store.fuelGlobal();
            } else if (ordinal == meters.depth()) {
                return store.depthGlobal();
            }
            return newGlobal(value, high, type, mutability);
        };
    }

    /** A global as Endive's builder makes it, without the builder object (instances of big modules make thousands). */
    @SuppressWarnings("deprecation")
    private static GlobalInstance newGlobal(long value, long high, run.endive.wasm.types.ValType type,
                                            run.endive.wasm.types.MutabilityType mutability) {
        return new GlobalInstance(value, high, type, mutability);
    }

    @Override
    public boolean meteredFuel() {
        return loaded.meters().fuel() >= 0;
    }

    @Override
    public boolean meteredCallDepth() {
        return loaded.meters().depth() >= 0;
    }

    private final LoadedModule loaded;
    private final CompileSource source;
    private final Duration loadTime;

    /** {@code exportedTables[i]}: whether table {@code i} is exported (only those can hold others' functions). */
    private final boolean[] exportedTables;

    EndiveModule(LoadedModule loaded, CompileSource source, Duration loadTime) {
        this.loaded = loaded;
        var layout = loaded.layout();
        this.exportedTables = new boolean[layout.tableTypes().length];
        for (var slot : layout.exportSlots().values()) {
            if (slot.kind() == ExternalType.TABLE) {
                exportedTables[slot.index()] = true;
            }
        }
        this.source = source;
        this.loadTime = loadTime;
    }

    LoadedModule loaded() {
        return loaded;
    }

    @Override
    public List<CoreImport> imports() {
        return loaded.layout().imports();
    }

    @Override
    public List<CoreExport> exports() {
        return loaded.layout().exports();
    }

    @Override
    public String sha256() {
        return loaded.sha256();
    }

    @Override
    public List<InterpretedFunction> interpretedFunctions() {
        return loaded.interpretedFunctions();
    }

    @Override
    public CompileSource compileSource() {
        return source;
    }

    @Override
    public Duration loadTime() {
        return loadTime;
    }

    @Override
    public CoreInstance instantiate(CoreImports imports, CoreStore store)
            throws LinkException, InstantiationException {
        var caller = new HostFunctionAdapter.CallerRef();
        var linked = ImportLinker.link(loaded.layout(), imports, caller, InstanceTemplate.available());
        Instance instance;
        InstanceTemplate.Fresh fresh;
        try {
            ModuleImage image = loaded.image();
            int[] definedMemories = {0};
            Function<MemoryLimits, Memory> memories =
                    limits -> MemoryView.create(limits, image.memory(definedMemories[0]++), store);
            List<TableView> views = new ArrayList<>(linked.tableViews());
            TableFactory tables = ownTables(store, views);
            GlobalFactory globals = globals(store);
            // imported tags show their real types while Endive checks the imports (see EndiveTag)
            fresh = InstanceTemplate.available()
                    ? EndiveTag.linking(() -> image.template().create(linked.values(), loaded.machineFactory(),
                            memories, tables, globals))
                    : null;
            instance = fresh != null ? fresh.instance() : EndiveTag.linking(() -> Instance.builder(
                    image.runtimeModule())
                    .withImportValues(linked.values())
                    .withMachineFactory(loaded.machineFactory())
                    .withMemoryFactory(memories)
                    .withTableFactory(tables)
                    .withGlobalFactory(globals)
                    .withInitialize(false)
                    .withStart(false)
                    .build());
            for (TableView view : views) {
                view.bind(instance);
            }
            image.fillTables(instance);
        } catch (HostTrapSignal limit) {
            throw new InstantiationException(limit.trap().getMessage(), limit.trap());
        } catch (UnlinkableException e) {
            throw new LinkException("cannot link core module: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new InstantiationException("cannot instantiate core module: " + e.getMessage(), e);
        }
        var result = new EndiveInstance(this, loaded.layout(), instance, linked);
        caller.set(result);
        try {
            if (fresh != null) {
                loaded.image().template().initialize(fresh);
            } else {
                instance.initialize(false);
            }
        } catch (UninstantiableException e) {
            if (e.getCause() instanceof TrapException trap) {
                throw startTrapped(trap);
            }
            throw new InstantiationException(e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError | AssertionError e) {
            throw startTrapped(e);
        }
        return result;
    }

    private static InstantiationException startTrapped(Throwable e) {
        var trap = Traps.from(e);
        return new InstantiationException("start function trapped: " + trap.getMessage(), trap);
    }

    @Override
    public String toString() {
        return "core module sha256:" + loaded.sha256().substring(0, 12) + " (" + source + ")";
    }
}
