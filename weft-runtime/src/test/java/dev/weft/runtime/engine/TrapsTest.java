package dev.weft.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.error.TrapKind;
import org.junit.jupiter.api.Test;

/** Endive's trap messages (the spec test suite's wording) map to trap kinds. */
class TrapsTest {
    @Test
    void specTrapMessagesHaveKinds() {
        assertEquals(TrapKind.UNREACHABLE, Traps.kindOf("Trapped on unreachable instruction"));
        assertEquals(TrapKind.MEMORY_OUT_OF_BOUNDS, Traps.kindOf("out of bounds memory access"));
        assertEquals(TrapKind.TABLE_OUT_OF_BOUNDS, Traps.kindOf("out of bounds table access"));
        assertEquals(TrapKind.TABLE_OUT_OF_BOUNDS, Traps.kindOf("undefined element"));
        assertEquals(TrapKind.UNINITIALIZED_ELEMENT, Traps.kindOf("uninitialized element 3"));
        assertEquals(TrapKind.INDIRECT_CALL_TYPE_MISMATCH, Traps.kindOf("indirect call type mismatch"));
        assertEquals(TrapKind.NULL_REFERENCE, Traps.kindOf("Trapped on call_ref on null function reference"));
        assertEquals(TrapKind.CAST_FAILURE, Traps.kindOf("cast failure"));
        assertEquals(TrapKind.INTEGER_DIVIDE_BY_ZERO, Traps.kindOf("integer divide by zero"));
        assertEquals(TrapKind.INTEGER_OVERFLOW, Traps.kindOf("integer overflow"));
        assertEquals(TrapKind.BAD_CONVERSION_TO_INTEGER, Traps.kindOf("invalid conversion to integer"));
        assertEquals(TrapKind.STACK_OVERFLOW, Traps.kindOf("call stack exhausted"));
        assertEquals(TrapKind.OTHER, Traps.kindOf("something else"));
    }

    @Test
    void throwablesHaveKinds() {
        assertEquals(TrapKind.STACK_OVERFLOW, Traps.from(new StackOverflowError()).kind());
        assertEquals(TrapKind.INTERRUPTED,
                Traps.from(new run.endive.runtime.WasmInterruptedException("Thread interrupted")).kind());
        assertEquals(TrapKind.STACK_OVERFLOW, Traps.from(new run.endive.wasm.WasmEngineException(
                "call stack exhausted", new StackOverflowError())).kind());
        assertEquals(TrapKind.HOST_OUT_OF_MEMORY, Traps.from(new OutOfMemoryError("heap")).kind());
        assertEquals(TrapKind.OTHER, Traps.from(new IllegalStateException("odd")).kind());
    }
}
