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
