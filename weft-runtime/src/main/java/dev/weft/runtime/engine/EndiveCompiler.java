package dev.weft.runtime.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.function.Function;
import run.endive.compiler.InterpreterFallback;
import run.endive.compiler.internal.Compiler;
import run.endive.runtime.Instance;
import run.endive.runtime.Machine;
import run.endive.wasm.WasmModule;
import run.endive.wasm.types.FunctionBody;
import run.endive.wasm.types.OpCode;

/**
 * Runs Endive's bytecode compiler and loads its classes. Uses the compiler directly rather than
 * {@code MachineFactoryCompiler.builder(..).withCache(..)} because only the direct call reports which functions
 * fell back to the interpreter ({@code CompilerResult.interpretedFunctions()}); the class bytes are cached by
 * {@link DiskCompileCache} (an Endive {@code Cache}) in the same jar-of-classes form.
 */
final class EndiveCompiler {

    /** Compiled classes, already loaded, with the factory that makes one machine per instance. */
    record Result(CompiledCode code, Function<Instance, Machine> machineFactory) {}

    private EndiveCompiler() {}

    static Result compile(WasmModule module, String mainClassName) {
        boolean dropCallChecks = !usesTailCalls(module);
        var result = Compiler.builder(module)
                .withClassName(mainClassName)
                .withInterpreterFallback(InterpreterFallback.SILENT)
                .withClassCollectorFactory(() -> new PostPassCollector(dropCallChecks))
                .build()
                .compile();
        var collector = (PostPassCollector) result.collector();
        var code = new CompiledCode(collector.mainClassName(), new LinkedHashMap<>(collector.classBytes()),
                new ArrayList<>(result.interpretedFunctions()));
        return new Result(code, collector.machineFactory());
    }

    /**
     * Whether any function body holds a tail call: Endive runs {@code return_call} through its runtime, so a
     * tail-calling loop has no back-edge in generated code, only the interruption checks at calls.
     */
    static boolean usesTailCalls(WasmModule module) {
        for (FunctionBody body : module.codeSection().functionBodies()) {
            for (var instruction : body.instructions()) {
                OpCode op = instruction.opcode();
                if (op == OpCode.RETURN_CALL || op == OpCode.RETURN_CALL_INDIRECT || op == OpCode.RETURN_CALL_REF) {
                    return true;
                }
            }
        }
        return false;
    }
}
