package dev.weft.runtime.engine;

import java.util.List;
import java.util.function.Function;
import run.endive.runtime.Instance;
import run.endive.runtime.Machine;
import run.endive.wasm.WasmModule;

/**
 * A parsed module together with its compiled machine factory and its precomputed instance image: what an engine
 * caches in memory. {@link #wasm} is the module as parsed; instances are made from {@link ModuleImage#runtimeModule}.
 */
record LoadedModule(
        String sha256,
        WasmModule wasm,
        ModuleLayout layout,
        Function<Instance, Machine> machineFactory,
        List<InterpretedFunction> interpretedFunctions,
        MeteredGlobals meters,
        ModuleImage image) {

    /** Ordinals among the defined globals of the fuel and depth meters (-1 where the module has none). */
    record MeteredGlobals(int fuel, int depth) {
        static final MeteredGlobals NONE = new MeteredGlobals(-1, -1);
    }
}
