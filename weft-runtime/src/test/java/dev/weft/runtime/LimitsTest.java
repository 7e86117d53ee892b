package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.component.Component;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.testkit.Fixtures;
import dev.weft.value.S32Val;
import dev.weft.value.U32Val;
import dev.weft.value.Val;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Per-instance limits on {@code fixtures/wat/limits.wat}: every limit stops the guest with a trap of its own kind,
 * and afterwards the host thread and the {@link InstancePre} are as good as before.
 */
class LimitsTest {
    private static final long PAGE = 65536;
    private static Component component;
    private static InstancePre plain;

    @BeforeAll
    static void prepare() throws Exception {
        component = Component.decode(Fixtures.componentBytes("limits"));
        plain = prepare(Engine.builder().withoutDiskCache().build());
    }

    private static InstancePre prepare(Engine engine) throws Exception {
        return new Linker().prepare(engine, component);
    }

    private static Val call(ComponentInstance instance, String name, Val... args) throws Trap {
        return instance.function(name).orElseThrow().invoke(args).orElse(null);
    }

    private static long u32(ComponentInstance instance, String name, long arg) throws Trap {
        return ((U32Val) call(instance, name, Val.u32(arg))).value();
    }

    private static int s32(ComponentInstance instance, String name, long arg) throws Trap {
        return ((S32Val) call(instance, name, Val.u32(arg))).value();
    }

    private static Trap trap(TrapKind kind, Executable body) {
        Trap trap = assertThrows(Trap.class, body::run);
        assertEquals(kind, trap.kind(), trap.getMessage());
        assertFalse(Thread.currentThread().isInterrupted(), "the host thread is left interrupted");
        return trap;
    }

    @FunctionalInterface
    interface Executable {
        void run() throws Exception;
    }

    @Test
    void deadlineStopsAnEndlessLoopAndThePreServesAgain() throws Exception {
        var limits = Limits.builder().timeout(Duration.ofMillis(200)).build();
        ComponentInstance instance = plain.instantiate(limits);
        long start = System.nanoTime();
        Trap trap = trap(TrapKind.DEADLINE, () -> call(instance, "spin"));
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(tookMs >= 150 && tookMs < 10_000, "took " + tookMs + " ms");
        assertTrue(trap.getMessage().contains("deadline"), trap.getMessage());
        assertTrue(trap.kind().isLimit());
        // the trapped instance stays dead; a new one from the same InstancePre works under the same limits
        assertThrows(Trap.class, () -> call(instance, "count", Val.u32(1)));
        ComponentInstance fresh = plain.instantiate(limits);
        assertEquals(1000, u32(fresh, "count", 1000));
        // a call that finishes in time is not disturbed by its (cancelled) deadline later
        Thread.sleep(300);
        assertFalse(Thread.currentThread().isInterrupted());
        assertEquals(5, u32(fresh, "count", 5));
    }

    @Test
    void deadlineReachesAHostFunctionThatBlocks() throws Exception {
        Linker linker = new Linker();
        linker.instance("test:host/env")
                .function("log", args -> java.util.List.of())
                .function("name", args -> {
                    try {
                        Thread.sleep(30_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new Trap("the host's sleep was interrupted");
                    }
                    return java.util.List.of(Val.string("late"));
                });
        InstancePre pre = linker.prepare(Engine.builder().withoutDiskCache().build(),
                Component.decode(Fixtures.componentBytes("host-import")));
        ComponentInstance instance = pre.instantiate(Limits.builder().timeout(Duration.ofMillis(200)).build());
        long start = System.nanoTime();
        Trap trap = trap(TrapKind.DEADLINE, () -> call(instance, "run", Val.u32(1)));
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "the host function was not interrupted");
        assertTrue(trap.getMessage().contains("interrupted"), trap.getMessage());
    }

    @Test
    void deadlinesOfParallelCallsStopOnlyTheirOwnThread() throws Exception {
        var tight = Limits.builder().timeout(Duration.ofMillis(300)).build();
        var loose = Limits.builder().timeout(Duration.ofSeconds(60)).build();
        int threads = 4;
        var kinds = new java.util.concurrent.ConcurrentHashMap<Integer, String>();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                futures.add(pool.submit(() -> {
                    try {
                        if (id % 2 == 0) {
                            call(plain.instantiate(tight), "spin");
                            kinds.put(id, "returned");
                        } else {
                            // keeps calling through the others' deadlines; none may hit it
                            ComponentInstance instance = plain.instantiate(loose);
                            long end = System.nanoTime() + 1_000_000_000L;
                            while (System.nanoTime() < end) {
                                u32(instance, "count", 10_000);
                            }
                            kinds.put(id, "done");
                        }
                    } catch (Trap trap) {
                        kinds.put(id, trap.kind().name());
                    } catch (Exception e) {
                        kinds.put(id, e.toString());
                    }
                    kinds.put(100 + id, String.valueOf(Thread.currentThread().isInterrupted()));
                    return null;
                }));
            }
            for (var f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        for (int t = 0; t < threads; t++) {
            assertEquals(t % 2 == 0 ? "DEADLINE" : "done", kinds.get(t), "thread " + t);
            assertEquals("false", kinds.get(100 + t), "thread " + t + " left interrupted");
        }
    }

    @Test
    void limitsHoldWhileAStartFunctionRuns() throws Exception {
        Component spinning = Component.decode(Fixtures.componentBytes("limits-start"));
        InstancePre pre = new Linker().prepare(Engine.builder().withoutDiskCache().withFuel().build(), spinning);
        trap(TrapKind.DEADLINE, () -> pre.instantiate(Limits.builder().timeout(Duration.ofMillis(200)).build()));
        trap(TrapKind.FUEL_EXHAUSTED, () -> pre.instantiate(Limits.builder().fuel(10_000).build()));
    }

    @Test
    void interruptFromAnotherThread() throws Exception {
        ComponentInstance instance = plain.instantiate();
        InterruptHandle handle = instance.interruptHandle();
        assertFalse(handle.interrupt(), "nothing runs yet");
        var started = new CountDownLatch(1);
        Thread interrupter = new Thread(() -> {
            try {
                started.await();
                Thread.sleep(100);
                while (!handle.interrupt()) {
                    Thread.sleep(10);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        interrupter.start();
        started.countDown();
        trap(TrapKind.INTERRUPTED, () -> call(instance, "spin"));
        interrupter.join(5000);
        assertEquals(7, u32(plain.instantiate(), "count", 7));
    }

    @Test
    void fuelIsBurnedRefilledAndExhausted() throws Exception {
        InstancePre metered = prepare(Engine.builder().withoutDiskCache().withFuel().build());
        ComponentInstance instance = metered.instantiate(Limits.builder().fuel(1000).build());
        assertEquals(1000, instance.fuel());
        // count(n): 5 instructions outside the loop, 10 per loop entry or iteration (n + 1 of them)
        assertEquals(10, u32(instance, "count", 10));
        assertEquals(1000 - (5 + 10 * 11), instance.fuel());
        instance.setFuel(100_000);
        assertEquals(5000, u32(instance, "count", 5000));
        assertEquals(100_000 - (5 + 10 * 5001), instance.fuel());
        Trap trap = trap(TrapKind.FUEL_EXHAUSTED, () -> call(instance, "count", Val.u32(1_000_000)));
        assertTrue(trap.getMessage().contains("fuel"), trap.getMessage());
        assertEquals(0, instance.fuel());
        // without a fuel limit a metered instance runs unbounded
        assertEquals(Long.MAX_VALUE, metered.instantiate().fuel());
        assertEquals(100_000, u32(metered.instantiate(), "count", 100_000));
        trap(TrapKind.FUEL_EXHAUSTED, () -> call(metered.instantiate(Limits.builder().fuel(50_000).build()), "spin"));
    }

    @Test
    void hostFunctionsSeeTheFuelAndCanRefillIt() throws Exception {
        var self = new java.util.concurrent.atomic.AtomicReference<ComponentInstance>();
        var seen = new java.util.ArrayList<Long>();
        var refill = new java.util.concurrent.atomic.AtomicLong(-1);
        Linker linker = new Linker();
        linker.instance("test:host/env")
                .function("log", args -> {
                    seen.add(self.get().fuel());
                    if (refill.get() >= 0) {
                        self.get().setFuel(refill.get());
                    }
                    return java.util.List.of();
                })
                .function("name", args -> java.util.List.of(Val.string("host")));
        InstancePre pre = linker.prepare(Engine.builder().withoutDiskCache().withFuel().build(),
                Component.decode(Fixtures.componentBytes("host-import")));
        ComponentInstance first = pre.instantiate(Limits.builder().fuel(1_000_000).build());
        self.set(first);
        call(first, "run", Val.u32(10));
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) < seen.get(i - 1), "fuel seen by the host: " + seen);
        }
        long perTick = seen.get(1) - seen.get(2);
        long budget = 5 * perTick;
        // 1000 ticks cost far more than the budget, unless the host refills it at every tick
        ComponentInstance starved = pre.instantiate(Limits.builder().fuel(budget).build());
        self.set(starved);
        trap(TrapKind.FUEL_EXHAUSTED, () -> call(starved, "run", Val.u32(1000)));
        refill.set(budget);
        ComponentInstance fed = pre.instantiate(Limits.builder().fuel(budget).build());
        self.set(fed);
        assertEquals(Val.string("host"), call(fed, "run", Val.u32(1000)));
    }

    @Test
    void fuelNeedsAMeteredEngine() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> plain.instantiate(Limits.builder().fuel(10).build()));
        assertThrows(IllegalStateException.class, () -> plain.instantiate().fuel());
    }

    @Test
    void memoryGrowPastTheCapReturnsMinusOne() throws Exception {
        ComponentInstance instance = plain.instantiate(Limits.builder().maxMemoryBytes(3 * PAGE).build());
        assertEquals(PAGE, instance.memoryBytes());
        assertEquals(1, s32(instance, "grow", 1));
        assertEquals(2, s32(instance, "grow", 1));
        assertEquals(-1, s32(instance, "grow", 1));
        assertEquals(-1, s32(instance, "grow", 100));
        assertEquals(3, ((U32Val) call(instance, "memory-pages")).value());
        assertEquals(3 * PAGE, instance.memoryBytes());
        assertEquals(3, s32(instance, "grow", 0));
    }

    @Test
    void initialMemoryOverTheCapFailsInstantiation() {
        Trap trap = trap(TrapKind.MEMORY_LIMIT,
                () -> plain.instantiate(Limits.builder().maxMemoryBytes(PAGE - 1).build()));
        assertTrue(trap.getMessage().contains("65536 bytes") && trap.getMessage().contains("65535"),
                trap.getMessage());
    }

    @Test
    void tableElementCap() throws Exception {
        ComponentInstance instance = plain.instantiate(Limits.builder().maxTableElements(4).build());
        assertEquals(1, s32(instance, "grow-table", 3));
        assertEquals(-1, s32(instance, "grow-table", 1));
        trap(TrapKind.TABLE_LIMIT, () -> plain.instantiate(Limits.builder().maxTableElements(0).build()));
    }

    @Test
    void instanceCap() throws Exception {
        // the component instance itself and its one instantiated core module
        assertEquals(3, u32(plain.instantiate(Limits.builder().maxInstances(2).build()), "count", 3));
        trap(TrapKind.INSTANCE_LIMIT, () -> plain.instantiate(Limits.builder().maxInstances(1).build()));
    }

    @Test
    void handleCap() throws Exception {
        var limits = Limits.builder().maxHandles(5).build();
        assertEquals(5, u32(plain.instantiate(limits), "make-handles", 5));
        trap(TrapKind.HANDLE_LIMIT, () -> call(plain.instantiate(limits), "make-handles", Val.u32(6)));
    }

    @Test
    void deepRecursionOverflowsTheJvmStack() throws Exception {
        ComponentInstance instance = plain.instantiate();
        assertEquals(1000, u32(instance, "recurse", 1000));
        trap(TrapKind.STACK_OVERFLOW, () -> call(instance, "recurse", Val.u32(50_000_000)));
        assertEquals(1000, u32(plain.instantiate(), "recurse", 1000));
    }

    @Test
    void callDepthLimit() throws Exception {
        InstancePre metered = prepare(Engine.builder().withoutDiskCache().withCallDepthMeter().build());
        var limits = Limits.builder().maxCallDepth(100).build();
        ComponentInstance instance = metered.instantiate(limits);
        // recurse(n) is n + 1 nested calls; returns (early or at the end) give the depth back
        assertEquals(99, u32(instance, "recurse", 99));
        assertEquals(99, u32(instance, "recurse", 99));
        assertEquals(42, u32(instance, "count", 42));
        trap(TrapKind.STACK_OVERFLOW, () -> call(instance, "recurse", Val.u32(100)));
        assertEquals(99, u32(metered.instantiate(limits), "recurse", 99));
        assertThrows(IllegalArgumentException.class, () -> plain.instantiate(limits));
    }

    @Test
    void fuelAndCallDepthTogether() throws Exception {
        InstancePre metered = prepare(Engine.builder().withoutDiskCache().withFuel().withCallDepthMeter().build());
        ComponentInstance instance = metered.instantiate(Limits.builder().fuel(1000).maxCallDepth(10).build());
        assertEquals(9, u32(instance, "recurse", 9));
        assertTrue(instance.fuel() < 1000);
        trap(TrapKind.STACK_OVERFLOW, () -> call(instance, "recurse", Val.u32(10)));
        trap(TrapKind.FUEL_EXHAUSTED, () -> call(metered.instantiate(Limits.builder().fuel(1000).build()), "count",
                Val.u32(1000)));
    }

    @Test
    void engineDefaultLimitsApplyToInstantiate() throws Exception {
        var limits = Limits.builder().maxMemoryBytes(PAGE).build();
        InstancePre pre = prepare(Engine.builder().withoutDiskCache().withDefaultLimits(limits).build());
        ComponentInstance instance = pre.instantiate();
        assertEquals(limits, instance.limits());
        assertEquals(-1, s32(instance, "grow", 1));
    }

    @Test
    void interruptedHostThreadTrapsAndKeepsItsFlag() throws Exception {
        ComponentInstance instance = plain.instantiate();
        Thread.currentThread().interrupt();
        try {
            Trap trap = assertThrows(Trap.class, () -> call(instance, "spin"));
            assertEquals(TrapKind.INTERRUPTED, trap.kind());
            assertTrue(Thread.currentThread().isInterrupted(), "an interrupt the host set itself stays set");
        } finally {
            Thread.interrupted();
        }
        assertTrue(new CountDownLatch(0).await(1, TimeUnit.MILLISECONDS));
    }
}
