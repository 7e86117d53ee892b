package dev.weft.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import run.endive.runtime.TableInstance;
import run.endive.wasm.Parser;
import run.endive.wasm.types.Table;
import run.endive.wasm.types.TableLimits;
import run.endive.wasm.types.TypeSection;
import run.endive.wasm.types.ValType;
import run.endive.wasm.types.Value;

/**
 * What instantiation now shares between instances instead of making per instance: the {@code call_indirect}
 * type-check verdicts of a pair of type sections, and the placeholder table under every {@link TableView}. Neither
 * may change what an instance sees.
 */
class InstantiationSharingTest {

    private static TypeSection types(String module) throws Exception {
        return Parser.parse(TestModules.bytes(module)).typeSection();
    }

    @Test
    void verdictsOfOneSectionPairAreOneSharedTableThatAgreesWithTheCheckItself() throws Exception {
        TypeSection owner = types("indirect_owner");
        TypeSection filler = types("indirect_filler");
        var first = CallIndirectTrampolines.verdicts(filler, owner);
        assertSame(first, CallIndirectTrampolines.verdicts(filler, owner));
        assertNotSame(first, CallIndirectTrampolines.verdicts(owner, filler));
        assertNotSame(first, CallIndirectTrampolines.verdicts(filler, filler));
        for (int round = 0; round < 2; round++) { // worked out, then read back
            for (int k = 0; k < filler.typeCount(); k++) {
                assertEquals(CallIndirectTrampolines.sameVerdicts(filler, k, owner),
                        CallIndirectTrampolines.verdict(first, filler, k, owner), "type " + k + ", round " + round);
            }
        }
        for (int k = 0; k < owner.typeCount(); k++) {
            assertEquals(true, CallIndirectTrampolines.verdict(CallIndirectTrampolines.verdicts(owner, owner), owner,
                    k, owner), "a module's own types agree with themselves: type " + k);
        }
    }

    @Test
    void aFreshInstanceSeesNothingAnotherInstanceStoredOrResolved() throws Exception {
        var engine = TestModules.memoryOnlyEngine();
        CoreModule owner = engine.compile(TestModules.bytes("indirect_owner"));
        CoreModule filler = engine.compile(TestModules.bytes("indirect_filler"));
        var first = owner.instantiate();
        filler.instantiate(CoreImports.builder().instance("o", first).build());
        assertEquals(42L, first.function("call_ii").call(0, 41)[0], "resolved through the shared verdicts");
        var second = owner.instantiate(); // same module, same type sections, same placeholder table
        dev.weft.error.Trap empty = org.junit.jupiter.api.Assertions.assertThrows(dev.weft.error.Trap.class,
                () -> second.function("call_ii").call(0, 41));
        org.junit.jupiter.api.Assertions.assertTrue(empty.getMessage().contains("uninitialized element"),
                empty.getMessage());
        assertEquals(4, second.table("tbl").size(), "its own table, of the module's size");
        filler.instantiate(CoreImports.builder().instance("o", second).build());
        assertEquals(42L, second.function("call_ii").call(0, 41)[0]);
        dev.weft.error.Trap mismatch = org.junit.jupiter.api.Assertions.assertThrows(dev.weft.error.Trap.class,
                () -> second.function("call_ii").call(1, 1));
        org.junit.jupiter.api.Assertions.assertTrue(mismatch.getMessage().contains("indirect call type mismatch"),
                mismatch.getMessage());
        assertEquals(0, TableView.placeholder(ValType.FuncRef).limits().max(), "no instance grew the placeholder");
    }

    @Test
    void aViewFollowsItsEntryToEachNewOwnerOfTheSameFunctionIndex() throws Exception {
        var engine = TestModules.memoryOnlyEngine();
        CoreModule owner = engine.compile(TestModules.bytes("indirect_owner"));
        CoreModule near = engine.compile(TestModules.bytes("indirect_filler"));
        CoreModule far = engine.compile(TestModules.bytes("indirect_filler_far"));
        var o = owner.instantiate();
        var imports = CoreImports.builder().instance("o", o).build();
        near.instantiate(imports);
        assertEquals(2L, o.function("call_ii").call(0, 1)[0]);
        assertEquals(2L, o.function("call_ii").call(0, 1)[0], "again, from the view's last entry");
        far.instantiate(imports); // slot 0: function 0 again, of another owner
        assertEquals(101L, o.function("call_ii").call(0, 1)[0]);
        near.instantiate(imports); // and of a third
        assertEquals(2L, o.function("call_ii").call(0, 1)[0]);
        o.function("call_v").call(1);
        assertEquals(2L, o.function("call_ii").call(0, 1)[0], "after a call through another entry");
    }

    @Test
    void viewsShareOneEmptyPlaceholderAndReadEverythingFromTheirBacking() {
        var backing = new TableInstance(new Table(ValType.FuncRef, new TableLimits(3, 10)), Value.REF_NULL_VALUE);
        TableView a = TableView.over(backing);
        TableView b = TableView.over(a);
        assertSame(TableView.placeholder(ValType.FuncRef), TableView.placeholder(ValType.FuncRef));
        assertEquals(3, a.size());
        assertEquals(2, a.grow(2, Value.REF_NULL_VALUE, null) - 1, "grow returns the old size");
        assertEquals(5, backing.size());
        assertEquals(5, b.size());
        assertSame(backing.limits(), b.limits());
        a.setRef(4, 7, null);
        assertEquals(7, b.ref(4));
        Table placeholder = TableView.placeholder(ValType.FuncRef);
        assertEquals(0, placeholder.limits().min(), "the shared placeholder never grows");
        assertEquals(0, placeholder.limits().max());
        assertSame(ValType.FuncRef, placeholder.elementType());
    }
}
