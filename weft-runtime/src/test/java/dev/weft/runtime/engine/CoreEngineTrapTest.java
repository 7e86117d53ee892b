package dev.weft.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.error.InstantiationException;
import dev.weft.error.Trap;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoreEngineTrapTest {
    private static CoreEngine engine;
    private static CoreInstance arith;

    @BeforeAll
    static void instantiate() throws Exception {
        engine = TestModules.memoryOnlyEngine();
        arith = engine.compile(TestModules.bytes("arith")).instantiate();
    }

    @Test
    void unreachableTrapsWithGuestStack() {
        Trap trap = assertThrows(Trap.class, () -> arith.function("nested_unreachable").call());
        assertTrue(trap.getMessage().contains("unreachable"), trap.getMessage());
        // innermost first, names from the name section (wat2wasm --debug-names)
        assertEquals(List.of("boom", "inner", "outer"), trap.guestStack().subList(0, 3), trap.guestStack().toString());
    }

    @Test
    void divisionByZeroAndOverflowTrap() {
        Trap zero = assertThrows(Trap.class, () -> arith.function("div_s").call(1, 0));
        assertTrue(zero.getMessage().contains("divide by zero"), zero.getMessage());
        Trap overflow = assertThrows(Trap.class, () -> arith.function("div_s").call(Integer.MIN_VALUE, -1));
        assertTrue(overflow.getMessage().contains("overflow"), overflow.getMessage());
    }

    @Test
    void outOfBoundsLoadTraps() throws Exception {
        var memory = engine.compile(TestModules.bytes("memory")).instantiate();
        Trap trap = assertThrows(Trap.class, () -> memory.function("load").call(65536 - 2));
        assertTrue(trap.getMessage().contains("out of bounds"), trap.getMessage());
        Trap negative = assertThrows(Trap.class, () -> memory.function("load").call(-1));
        assertTrue(negative.getMessage().contains("out of bounds"), negative.getMessage());
    }

    @Test
    void infiniteRecursionTrapsAndTheHostCarriesOn() throws Exception {
        Trap trap = assertThrows(Trap.class, () -> arith.function("recurse").call(0));
        assertEquals("call stack exhausted", trap.getMessage());
        assertTrue(trap.guestStack().contains("recurse"), trap.guestStack().toString());
        // the same instance (and the JVM) still work
        assertArrayEquals(new long[] {9}, arith.function("add").call(4, 5));
    }

    @Test
    void interruptingTheThreadStopsARunawayGuest() throws Exception {
        var spin = engine.compile(TestModules.bytes("arith")).instantiate().function("spin");
        var outcome = new java.util.concurrent.CompletableFuture<Throwable>();
        var thread = new Thread(() -> {
            try {
                spin.call();
                outcome.complete(null);
            } catch (Throwable t) {
                outcome.complete(t);
            }
        });
        thread.start();
        Thread.sleep(200);
        thread.interrupt();
        Throwable result = outcome.get(30, java.util.concurrent.TimeUnit.SECONDS);
        Trap trap = assertInstanceOf(Trap.class, result);
        assertTrue(trap.getMessage().contains("interrupted"), trap.getMessage());
    }

    @Test
    void trappingStartFunctionFailsInstantiation() throws Exception {
        var module = engine.compile(TestModules.bytes("start_trap"));
        var failure = assertThrows(InstantiationException.class, module::instantiate);
        Trap trap = assertInstanceOf(Trap.class, failure.getCause());
        assertTrue(trap.getMessage().contains("unreachable"), trap.getMessage());
    }
}
