package dev.weft.runtime.engine;

import java.util.ArrayList;
import java.util.List;
import run.endive.runtime.Instance;
import run.endive.runtime.TableInstance;
import run.endive.wasm.UninstantiableException;
import run.endive.wasm.types.ActiveElement;
import run.endive.wasm.types.Element;
import run.endive.wasm.types.Instruction;
import run.endive.wasm.types.OpCode;
import run.endive.wasm.types.Value;

/**
 * The active element segments Endive still initialises for a module (those {@link ModuleImage} could not write
 * ahead of time, e.g. into an imported table: the fix-up modules of components fill a table of their shim module),
 * with their offsets and {@code ref.func}/{@code ref.null} entries evaluated once per module. {@link #apply} writes
 * them as Endive's {@code initialize} does, bounds check included, without evaluating each entry's constant
 * expression twice per instance.
 */
final class ConstantElements {
    private record Segment(int table, int offset, int[] functions) {
    }

    private final List<Segment> segments;

    private ConstantElements(List<Segment> segments) {
        this.segments = segments;
    }

    /** The active segments of {@code elements}, or null when one is not constant (then Endive initialises). */
    static ConstantElements of(Element[] elements) {
        List<Segment> segments = new ArrayList<>();
        for (Element element : elements) {
            if (!(element instanceof ActiveElement active)) {
                continue;
            }
            if (!active.type().isReference() || active.type().isObjectRef()) {
                return null;
            }
            Long offset = constant(active.offset(), OpCode.I32_CONST);
            if (offset == null) {
                return null;
            }
            List<List<Instruction>> inits = active.initializers();
            int[] functions = new int[inits.size()];
            for (int i = 0; i < functions.length; i++) {
                Long ref = constant(inits.get(i), OpCode.REF_FUNC);
                if (ref == null) {
                    Long nullRef = constant(inits.get(i), OpCode.REF_NULL);
                    if (nullRef == null) {
                        return null;
                    }
                    ref = (long) Value.REF_NULL_VALUE;
                }
                functions[i] = (int) (long) ref;
            }
            segments.add(new Segment(active.tableIndex(), (int) (long) offset, functions));
        }
        return new ConstantElements(List.copyOf(segments));
    }

    /** The operand of the one {@code opcode} instruction of {@code expr} (ends aside), else null. */
    private static Long constant(List<Instruction> expr, OpCode opcode) {
        Long value = null;
        for (Instruction instruction : expr) {
            if (instruction.opcode() == OpCode.END) {
                continue;
            }
            if (value != null || instruction.opcode() != opcode) {
                return null;
            }
            value = opcode == OpCode.REF_NULL ? 0L : instruction.operand(0);
        }
        return value;
    }

    /** Writes the segments into {@code instance}'s tables as Endive's {@code Instance.initialize} does. */
    void apply(Instance instance) {
        for (Segment segment : segments) {
            TableInstance table = instance.table(segment.table());
            int[] functions = segment.functions();
            int offset = segment.offset();
            if (offset > table.limits().min() || (offset + functions.length - 1) >= table.size()) {
                throw new UninstantiableException("out of bounds table access");
            }
            for (int i = 0; i < functions.length; i++) {
                table.setRef(offset + i, functions[i], instance);
            }
        }
    }
}
