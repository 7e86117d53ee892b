package dev.weft.runtime.engine;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import run.endive.runtime.ExecutionListener;
import run.endive.runtime.GlobalFactory;
import run.endive.runtime.GlobalInstance;
import run.endive.runtime.TrapException;
import run.endive.wasm.UninstantiableException;
import run.endive.wasm.types.ActiveDataSegment;
import run.endive.runtime.ImportValues;
import run.endive.runtime.Instance;
import run.endive.runtime.Machine;
import run.endive.runtime.Memory;
import run.endive.runtime.TableFactory;
import run.endive.wasm.WasmModule;
import run.endive.wasm.types.DataSegment;
import run.endive.wasm.types.Element;
import run.endive.wasm.types.Export;
import run.endive.wasm.types.ExternalType;
import run.endive.wasm.types.FunctionBody;
import run.endive.wasm.types.FunctionImport;
import run.endive.wasm.types.FunctionType;
import run.endive.wasm.types.Global;
import run.endive.wasm.types.MemoryLimits;
import run.endive.wasm.types.Table;
import run.endive.wasm.types.TagSection;
import run.endive.wasm.types.TagType;

/**
 * Everything Endive's {@code Instance.Builder.build()} derives from a module, derived once: the arrays of
 * globals, functions, types, tables, elements and tags, the export map, the memory limits. {@code build()} redoes
 * that for every instance and matches imports to import values by name in quadratic time (about half of the
 * instantiation of a module with a hundred imports); {@link ImportLinker} has already matched and type-checked the
 * imports in the module's order, so {@link #create} calls Endive's instance constructor directly with them.
 *
 * <p>That constructor is package-private; it is reached through a private lookup, which works when Endive is on
 * the class path (an unnamed module) or opens {@code run.endive.runtime}. Otherwise {@link #available()} is false
 * and callers use the builder.
 */
final class InstanceTemplate {
    /** Endive's instance constructor, or null (see {@link #available()}); called with {@code invokeExact}. */
    private static final MethodHandle CONSTRUCTOR = constructor().orElse(null);
    /** {@code Instance.globals}'s getter, or null; called with {@code invokeExact}. */
    private static final MethodHandle GETTER_GLOBALS = globalsGetter().orElse(null);

    private final WasmModule module;
    private final Global[] globals;
    private final DataSegment[] dataSegments;
    private final FunctionBody[] functions;
    private final FunctionType[] types;
    private final int[] functionTypes;
    private final Table[] tables;
    private final Element[] elements;
    private final TagType[] tags;
    private final Map<String, Export> exports;
    private final MemoryLimits[] memories;
    /** The defined globals' initial values when every initializer is a constant; else null (see {@link #initialize}). */
    private final ConstantGlobals constantGlobals;
    private final ConstantElements constantElements;
    /** Whether {@link #initialize} may do Endive's initialisation itself (see there). */
    private final boolean ownInitialize;

    private InstanceTemplate(WasmModule module) {
        this.module = module;
        this.globals = module.globalSection().globals();
        this.dataSegments = module.dataSection().dataSegments();
        this.functions = module.codeSection().functionBodies();
        this.types = module.typeSection().types();
        int imported = module.importSection().count(ExternalType.FUNCTION);
        this.functionTypes = new int[imported + module.functionSection().functionCount()];
        int f = 0;
        for (int i = 0; i < module.importSection().importCount(); i++) {
            if (module.importSection().getImport(i) instanceof FunctionImport function) {
                functionTypes[f++] = function.typeIndex();
            }
        }
        for (int i = 0; i < module.functionSection().functionCount(); i++) {
            functionTypes[f++] = module.functionSection().getFunctionType(i);
        }
        this.tables = new Table[module.tableSection().tableCount()];
        for (int i = 0; i < tables.length; i++) {
            tables[i] = module.tableSection().getTable(i);
        }
        this.elements = module.elementSection().elements();
        this.tags = module.tagSection().map(TagSection::types).orElse(null);
        var exportMap = new HashMap<String, Export>();
        for (int i = 0; i < module.exportSection().exportCount(); i++) {
            Export e = module.exportSection().getExport(i);
            exportMap.put(e.name(), e);
        }
        this.exports = exportMap;
        this.memories = module.memorySection().map(section -> {
            var limits = new MemoryLimits[section.memoryCount()];
            for (int i = 0; i < limits.length; i++) {
                limits[i] = section.getMemory(i).limits();
            }
            return limits;
        }).orElse(new MemoryLimits[0]);
        this.constantGlobals = ConstantGlobals.of(globals);
        this.constantElements = ConstantElements.of(elements);
        this.ownInitialize = constantGlobals != null && constantElements != null && GETTER_GLOBALS != null
                && (memories.length > 0 || module.importSection().count(ExternalType.MEMORY) > 0
                    || Arrays.stream(dataSegments).noneMatch(d -> d instanceof ActiveDataSegment));
    }

    /** True if instances can be made without the builder (see the class comment). */
    static boolean available() {
        return CONSTRUCTOR != null;
    }

    /** The template of {@code module}, which must be valid (its imports are checked by {@link ImportLinker}). */
    static InstanceTemplate of(WasmModule module) {
        return new InstanceTemplate(module);
    }

    /**
     * A new, uninitialised instance ({@link Instance#initialize} not yet called) with {@code imports}, which hold
     * one value per import of each kind, in the module's import order.
     */
    Fresh create(ImportValues imports, Function<Instance, Machine> machineFactory,
                 Function<MemoryLimits, Memory> memoryFactory, TableFactory tableFactory,
                 GlobalFactory globalFactory) {
        var memory = new Memory[memories.length];
        for (int i = 0; i < memory.length; i++) {
            memory[i] = memoryFactory.apply(memories[i]);
        }
        DataSegment[] segments = dataSegments.clone();
        try {
            if (CONSTRUCTOR == null) {
                throw new IllegalStateException("Endive's instance constructor is not accessible");
            }
            // invokeExact on a constant handle: the JIT calls the constructor directly (invoke adapted per call)
            Instance instance = (Instance) CONSTRUCTOR.invokeExact(module, globals, memory, segments, functions,
                    types, functionTypes, imports, tables, elements, tags, exports, machineFactory, tableFactory,
                    globalFactory, false, false, (ExecutionListener) null);
            return new Fresh(instance, memory, segments, globalFactory);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Endive's instance constructor failed", e);
        }
    }

    /** An instance {@link #create} made, with what {@link #initialize} needs of it. */
    record Fresh(Instance instance, Memory[] memories, DataSegment[] dataSegments, GlobalFactory globalFactory) {}

    /**
     * Does what Endive's {@code Instance.initialize(false)} does, without evaluating each global's constant
     * expression again (Endive allocates a stack and results per global, and function splitting appends about a
     * thousand globals to SpiderMonkey): the defined globals get the values worked out once per module, then the
     * memories are initialised and the start function runs, in Endive's order. Falls back to Endive's method
     * when a global's initializer or an active element segment left to Endive (the module image writes those of
     * defined tables) is not a plain constant, or the module has active data segments but no memory (Endive's error then).
     *
     * @throws UninstantiableException wrapping the {@link TrapException} when the start function traps
     */
    void initialize(Fresh fresh) {
        Instance instance = fresh.instance();
        if (!ownInitialize) {
            instance.initialize(false);
            return;
        }
        GlobalInstance[] live = globalsOf(instance);
        constantGlobals.fill(live, instance, fresh.globalFactory());
        constantElements.apply(instance);
        var imports = instance.imports();
        int importedMemories = imports.memoryCount();
        Memory[] defined = fresh.memories();
        for (int i = 0; i < defined.length; i++) {
            defined[i].zero();
            defined[i].initialize(instance, fresh.dataSegments(), importedMemories + i);
        }
        for (int i = 0; i < importedMemories; i++) {
            imports.memory(i).memory().initialize(instance, fresh.dataSegments(), i);
        }
        if (module.startSection().isPresent()) {
            try {
                instance.getMachine().call((int) module.startSection().get().startIndex(), new long[0]);
            } catch (TrapException e) {
                throw new UninstantiableException(e.getMessage(), e);
            }
        }
    }

    private static GlobalInstance[] globalsOf(Instance instance) {
        try {
            if (GETTER_GLOBALS == null) {
                throw new IllegalStateException("Endive's globals array is not accessible");
            }
            return (GlobalInstance[]) GETTER_GLOBALS.invokeExact(instance);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read Endive's globals array", e);
        }
    }

    private static Optional<MethodHandle> globalsGetter() {
        try {
            var lookup = MethodHandles.privateLookupIn(Instance.class, MethodHandles.lookup());
            return Optional.of(lookup.findGetter(Instance.class, "globals", GlobalInstance[].class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<MethodHandle> constructor() {
        try {
            var lookup = MethodHandles.privateLookupIn(Instance.class, MethodHandles.lookup());
            return Optional.of(lookup.findConstructor(Instance.class, MethodType.methodType(void.class,
                    WasmModule.class, Global[].class, Memory[].class, DataSegment[].class, FunctionBody[].class,
                    FunctionType[].class, int[].class, ImportValues.class, Table[].class, Element[].class,
                    TagType[].class, Map.class, Function.class, TableFactory.class, GlobalFactory.class,
                    boolean.class, boolean.class, ExecutionListener.class)));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
