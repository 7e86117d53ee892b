package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.Component;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.runtime.resource.GuestRep;
import dev.weft.testkit.Fixtures;
import dev.weft.value.ResourceVal;
import dev.weft.value.U32Val;
import dev.weft.value.Val;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Instances made from one {@link InstancePre}'s precomputed plan are independent: each has its own linear
 * memory, globals, handle table and guest destructors, and a trap while one instance starts leaves the plan usable
 * for the next. Uses fixtures/wat/resources.wat (a counter resource implemented over linear memory, re-exported
 * through a nested component) and fixtures/wat/start-trap.wat (a core start function that traps unless a host
 * import answers 1).
 */
class InstantiationPlanTest {
    private static final String IFACE = "test:resources/counters";
    private static final Engine ENGINE = Engine.builder().withoutDiskCache().build();

    private static InstancePre prepare(String fixture) throws Exception {
        return new Linker().prepare(ENGINE, Component.decode(Fixtures.componentBytes(fixture)));
    }

    private static ComponentFunction f(ComponentInstance instance, String name) {
        return instance.function(IFACE, name).orElseThrow(() -> new AssertionError("no export " + name));
    }

    private static ResourceVal counter(ComponentInstance instance, long start) throws Trap {
        return (ResourceVal) f(instance, "[constructor]counter").invoke(Val.u32(start)).orElseThrow();
    }

    private static long u32(java.util.Optional<Val> result) {
        return ((U32Val) result.orElseThrow()).value();
    }

    @Test
    void theFixturesInstantiateFromTheirPlans() throws Exception {
        for (String name : List.of("resources", "nested", "basics", "example-hello", "http-handler")) {
            Component component = Component.decode(Fixtures.componentBytes(name));
            InstancePre pre = new Linker().defineUnknownImportsAsTraps(component).prepare(ENGINE, component);
            assertTrue(!pre.instantiate().exportNames().isEmpty(), name + " has no exports");
        }
    }

    /**
     * {@code (component (component $c) (export "c" (component $c)))}, made with {@code jco parse}: valid, but a
     * component definition has no run-time form to export, so preparing succeeds and each instantiation fails.
     */
    private static final String EXPORTS_A_COMPONENT = "0061736d0d000100041d0061736d0d00010000130e636f6d706f6e656e742d"
            + "6e616d65000201630b070100016304000000160e636f6d706f6e656e742d6e616d6501050401000163";

    @Test
    void whatCannotBeInstantiatedFailsEachInstantiationNotThePreparation() throws Exception {
        Component component = Component.decode(java.util.HexFormat.of().parseHex(EXPORTS_A_COMPONENT));
        InstancePre pre = new Linker().prepare(ENGINE, component);
        var first = assertThrows(dev.weft.error.InstantiationException.class, pre::instantiate);
        var second = assertThrows(dev.weft.error.InstantiationException.class, pre::instantiate);
        assertEquals("a component definition cannot be exported at run time", first.getMessage());
        assertEquals(first.getMessage(), second.getMessage());
        assertTrue(first != second, "each instantiation throws an exception of its own");
    }

    @Test
    void instancesOfOnePlanHaveTheirOwnMemoryGlobalsAndHandles() throws Exception {
        InstancePre pre = prepare("resources");
        ComponentInstance a = pre.instantiate();
        ComponentInstance b = pre.instantiate();
        ResourceVal inA = counter(a, 5);
        ResourceVal inB = counter(b, 100);
        // both constructors used the first cell of their own memory (address 16)
        assertEquals(16, ((GuestRep) inA.handle()).rep());
        assertEquals(16, ((GuestRep) inB.handle()).rep());
        assertEquals(6, u32(f(a, "[method]counter.increment").invoke(new ResourceVal(inA.handle(), false))));
        assertEquals(7, u32(f(a, "[method]counter.increment").invoke(new ResourceVal(inA.handle(), false))));
        assertEquals(100, u32(f(b, "[method]counter.value").invoke(new ResourceVal(inB.handle(), false))));
        // the destructor counts drops in a global of its own core instance
        assertEquals(7, u32(f(a, "consume").invoke(inA)));
        assertEquals(1, u32(f(a, "[static]counter.dropped").invoke()));
        assertEquals(0, u32(f(b, "[static]counter.dropped").invoke()));
        // b's counter is untouched by a's drop
        assertEquals(101, u32(f(b, "[method]counter.increment").invoke(new ResourceVal(inB.handle(), false))));
        b.drop(inB);
        assertEquals(1, u32(f(b, "[static]counter.dropped").invoke()));
        assertEquals(1, u32(f(a, "[static]counter.dropped").invoke()));
    }

    @Test
    void aTrapInOneInstancesStartLeavesThePlanUsable() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Linker linker = new Linker();
        // the first instance's start function traps, later ones start
        linker.root().function("ready", args -> List.of(Val.u32(calls.incrementAndGet() == 1 ? 0 : 1)));
        InstancePre pre = linker.prepare(ENGINE, Component.decode(Fixtures.componentBytes("start-trap")));
        Trap trap = assertThrows(Trap.class, pre::instantiate);
        assertEquals(TrapKind.UNREACHABLE, trap.kind(), trap.getMessage());
        for (int i = 0; i < 3; i++) {
            ComponentInstance instance = pre.instantiate();
            ComponentFunction bump = instance.function("bump").orElseThrow();
            assertEquals(1, u32(bump.invoke()));
            assertEquals(2, u32(bump.invoke()));
        }
        assertEquals(4, calls.get());
    }

    @Test
    void manyInstancesFromOnePlanOnSeveralThreads() throws Exception {
        InstancePre pre = prepare("resources");
        var failures = new java.util.concurrent.ConcurrentLinkedQueue<Throwable>();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            int start = t * 10;
            threads[t] = new Thread(() -> {
                try {
                    for (int i = 0; i < 20; i++) {
                        ComponentInstance instance = pre.instantiate();
                        ResourceVal c = counter(instance, start + i);
                        assertEquals(start + i + 1, u32(f(instance, "[method]counter.increment")
                                .invoke(new ResourceVal(c.handle(), false))));
                        assertEquals(start + i + 1, u32(f(instance, "consume").invoke(c)));
                        assertEquals(1, u32(f(instance, "[static]counter.dropped").invoke()));
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertTrue(failures.isEmpty(), () -> "failures: " + failures);
    }
}
