package dev.weft.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.error.Trap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import run.endive.wasm.Parser;

/**
 * {@code call_indirect} through a table another instance filled, where the two modules number their types
 * differently (Endive 1.0.0 checks the caller's type index against the callee's type section). Expected results
 * follow the core spec: the call succeeds exactly when the entry's function type equals the instruction's type.
 */
class CrossInstanceCallIndirectTest {
    private static CoreModule owner;
    private static CoreModule filler;

    @BeforeAll
    static void compile() throws Exception {
        var engine = TestModules.memoryOnlyEngine();
        owner = engine.compile(TestModules.bytes("indirect_owner"));
        filler = engine.compile(TestModules.bytes("indirect_filler"));
    }

    private static CoreInstance filled() throws Exception {
        var o = owner.instantiate();
        filler.instantiate(CoreImports.builder().instance("o", o).build());
        return o;
    }

    @Test
    void matchingTypeIsCalledThoughTheModulesNumberItDifferently() throws Exception {
        var o = filled();
        assertEquals(42L, o.function("call_ii").call(0, 41)[0]);
        o.function("call_v").call(1);
    }

    @Test
    void mismatchedTypeTrapsEvenWhereTheIndicesCoincide() throws Exception {
        var o = filled();
        // slot 1 holds (func) whose index in the filler (0) is the owner's index of (func (param i32) (result i32))
        Trap coincide = assertThrows(Trap.class, () -> o.function("call_ii").call(1, 1));
        assertTrue(coincide.getMessage().contains("indirect call type mismatch"), coincide.getMessage());
        Trap other = assertThrows(Trap.class, () -> o.function("call_v").call(0));
        assertTrue(other.getMessage().contains("indirect call type mismatch"), other.getMessage());
    }

    @Test
    void entriesOfASecondFillingInstanceAreCheckedAsTheFirstOnes() throws Exception {
        var o = filled();
        assertEquals(42L, o.function("call_ii").call(0, 41)[0]);
        var second = filler.instantiate(CoreImports.builder().instance("o", o).build()); // refills slots 0 and 1
        assertEquals(2L, o.function("call_ii").call(0, 1)[0]);
        o.function("call_v").call(1);
        Trap coincide = assertThrows(Trap.class, () -> o.function("call_ii").call(1, 1));
        assertTrue(coincide.getMessage().contains("indirect call type mismatch"), coincide.getMessage());
        assertTrue(second != null);
    }

    @Test
    void hostReadsOfTheTableSeeTheStoredFunctions() throws Exception {
        var o = filled();
        var f = o.table("tbl").function(0).orElseThrow();
        assertEquals(CoreFuncType.of(java.util.List.of(CoreValType.I32), java.util.List.of(CoreValType.I32)),
                f.type());
        assertEquals(8L, f.call(7)[0]);
    }

    @Test
    void verdictsAgreeOnlyWhenTheNumberingsAgree() {
        var ownerTypes = Parser.parse(TestModules.bytes("indirect_owner")).typeSection();
        var fillerTypes = Parser.parse(TestModules.bytes("indirect_filler")).typeSection();
        // (func (param i32) (result i32)) is 0 in the owner, 1 in the filler
        assertTrue(CallIndirectTrampolines.sameVerdicts(ownerTypes, 0, ownerTypes));
        assertFalse(CallIndirectTrampolines.sameVerdicts(fillerTypes, 1, ownerTypes));
        assertTrue(CallIndirectTrampolines.trampolineModule(ownerTypes,
                fillerTypes.getType(1)).isPresent());
    }
}
