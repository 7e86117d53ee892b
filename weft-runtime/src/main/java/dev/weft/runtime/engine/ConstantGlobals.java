package dev.weft.runtime.engine;

import run.endive.runtime.GlobalFactory;
import run.endive.runtime.GlobalInstance;
import run.endive.runtime.Instance;
import run.endive.wasm.types.Global;
import run.endive.wasm.types.Instruction;
import run.endive.wasm.types.MutabilityType;
import run.endive.wasm.types.OpCode;
import run.endive.wasm.types.ValType;
import run.endive.wasm.types.Value;

/**
 * The initial values of a module's defined globals, evaluated once per module: made only when every initializer is
 * a single constant ({@code i32/i64/f32/f64/v128.const}, {@code ref.null}, {@code ref.func}), which gives the same
 * values Endive's constant evaluator computes per instance (low and high 64 bits, no reference object).
 */
final class ConstantGlobals {
    private final long[] low;
    private final long[] high;
    private final ValType[] types;
    private final MutabilityType[] mutability;

    private ConstantGlobals(long[] low, long[] high, ValType[] types, MutabilityType[] mutability) {
        this.low = low;
        this.high = high;
        this.types = types;
        this.mutability = mutability;
    }

    /** The values of {@code globals}, or null when an initializer is not a plain constant. */
    static ConstantGlobals of(Global[] globals) {
        int n = globals.length;
        long[] low = new long[n];
        long[] high = new long[n];
        ValType[] types = new ValType[n];
        MutabilityType[] mutability = new MutabilityType[n];
        for (int i = 0; i < n; i++) {
            Instruction constant = single(globals[i]);
            if (constant == null) {
                return null;
            }
            switch (constant.opcode()) {
                case I32_CONST, I64_CONST, F32_CONST, F64_CONST, REF_FUNC -> low[i] = constant.operand(0);
                case V128_CONST -> {
                    low[i] = constant.operand(0);
                    high[i] = constant.operand(1);
                }
                case REF_NULL -> low[i] = Value.REF_NULL_VALUE;
                default -> {
                    return null;
                }
            }
            types[i] = globals[i].valueType();
            mutability[i] = globals[i].mutabilityType();
        }
        return new ConstantGlobals(low, high, types, mutability);
    }

    /** The one non-{@code end} instruction of the initializer, or null. */
    private static Instruction single(Global global) {
        Instruction found = null;
        for (Instruction instruction : global.initInstructions()) {
            if (instruction.opcode() == OpCode.END) {
                continue;
            }
            if (found != null) {
                return null;
            }
            found = instruction;
        }
        return found;
    }

    /** Fills {@code live} (the instance's defined globals) as Endive's {@code initialize} does. */
    void fill(GlobalInstance[] live, Instance instance, GlobalFactory factory) {
        for (int i = 0; i < low.length; i++) {
            GlobalInstance global = factory.create(low[i], high[i], types[i], mutability[i]);
            global.setInstance(instance);
            if (types[i].isReference()) {
                global.setRefValue(null);
            }
            live[i] = global;
        }
    }
}
