package dev.weft.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import org.junit.jupiter.api.Test;

/**
 * Metered code computes what unmetered code computes, and gives the call depth back on every way out of a
 * function ({@code metered.wat}: return, branches to the function's label, br_table, tail calls, fall-through).
 */
class MeteredCoreTest {
    private final CoreEngine engine = TestModules.memoryOnlyEngine();

    private CoreInstance instance(Metering metering, CoreStore store) throws Exception {
        return engine.compile(TestModules.bytes("metered"), metering).instantiate(CoreImports.empty(), store);
    }

    @Test
    void meteredCodeComputesTheSameAndReleasesTheDepthOnEveryExit() throws Exception {
        CoreStore store = CoreStore.unlimited();
        store.setMaxCallDepth(1); // each call from here is one frame deep; a leaked frame would trap the next call
        store.setFuel(1_000_000);
        CoreInstance metered = instance(new Metering(true, true), store);
        CoreInstance plain = instance(Metering.NONE, CoreStore.unlimited());
        assertTrue(metered.module().meteredFuel() && metered.module().meteredCallDepth());
        assertFalse(plain.module().meteredFuel() || plain.module().meteredCallDepth());
        for (int round = 0; round < 20; round++) {
            for (CoreInstance i : new CoreInstance[] {metered, plain}) {
                assertArrayEquals(new long[] {2, 1}, i.function("swap").call(1, 2));
                assertArrayEquals(new long[] {7}, i.function("pick").call(1));
                assertArrayEquals(new long[] {8}, i.function("pick").call(0));
                assertArrayEquals(new long[] {10}, i.function("table").call(0));
                assertArrayEquals(new long[] {10}, i.function("table").call(1));
                assertArrayEquals(new long[] {30}, i.function("table").call(2));
                assertArrayEquals(new long[] {7}, i.function("tail").call(3));
                assertArrayEquals(new long[] {round}, i.function("find").call(round));
                i.function("bump").call();
                assertArrayEquals(new long[] {round + 1}, i.function("bumped").call());
            }
        }
        assertFalse(store.callDepthExhausted());
        assertTrue(store.fuel() < 1_000_000);
    }

    @Test
    void aGuestUnreachableIsNotAMeterTrap() throws Exception {
        CoreStore store = CoreStore.unlimited();
        store.setMaxCallDepth(5);
        store.setFuel(1000);
        Trap trap = assertThrows(Trap.class, () -> instance(new Metering(true, true), store).function("crash").call());
        assertEquals(TrapKind.UNREACHABLE, trap.kind());
        assertFalse(store.fuelExhausted());
        assertFalse(store.callDepthExhausted());
    }

    @Test
    void fuelRunsOutInsideALoop() throws Exception {
        CoreStore store = CoreStore.unlimited();
        store.setFuel(100);
        CoreInstance metered = instance(new Metering(true, false), store);
        Trap trap = assertThrows(Trap.class, () -> metered.function("find").call(1_000_000));
        assertEquals(TrapKind.UNREACHABLE, trap.kind()); // the store, not the trap, tells the meter ran out
        assertTrue(store.fuelExhausted());
        assertEquals(0, store.fuel());
        store.setFuel(1_000_000);
        assertArrayEquals(new long[] {3}, metered.function("find").call(3));
    }

    @Test
    void trapKindsOfWasmTraps() throws Exception {
        CoreInstance arith = engine.compile(TestModules.bytes("arith")).instantiate();
        assertEquals(TrapKind.UNREACHABLE, assertThrows(Trap.class, () -> arith.function("unreachable").call()).kind());
        assertEquals(TrapKind.INTEGER_DIVIDE_BY_ZERO,
                assertThrows(Trap.class, () -> arith.function("div_s").call(1, 0)).kind());
        assertEquals(TrapKind.INTEGER_OVERFLOW,
                assertThrows(Trap.class, () -> arith.function("div_s").call(Integer.MIN_VALUE, -1)).kind());
        CoreInstance memory = engine.compile(TestModules.bytes("memory")).instantiate();
        assertEquals(TrapKind.MEMORY_OUT_OF_BOUNDS,
                assertThrows(Trap.class, () -> memory.function("load").call(65536)).kind());
    }

    @Test
    void memoryBudgetIsSharedByTheStoresMemories() throws Exception {
        CoreStore store = new CoreStore(3 * 65536, Integer.MAX_VALUE);
        var module = engine.compile(TestModules.bytes("memory"));
        CoreInstance first = module.instantiate(CoreImports.empty(), store);
        CoreInstance second = module.instantiate(CoreImports.empty(), store);
        assertEquals(2 * 65536, store.memoryBytes());
        assertArrayEquals(new long[] {1}, first.function("grow").call(1));
        assertArrayEquals(new long[] {-1}, second.function("grow").call(1));
        var error = assertThrows(dev.weft.error.InstantiationException.class,
                () -> module.instantiate(CoreImports.empty(), store));
        assertEquals(TrapKind.MEMORY_LIMIT, ((Trap) error.getCause()).kind());
    }
}
