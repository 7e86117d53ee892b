package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.weft.component.Component;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.runtime.engine.FlatPoolStats;
import dev.weft.testkit.Fixtures;
import dev.weft.value.S32Val;
import dev.weft.value.U32Val;
import dev.weft.value.Val;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ComponentInstance#release()} of instances from {@link InstancePre#instantiatePooled()} on
 * {@code fixtures/wat/limits.wat} (one 1-page memory): an instance that finished gives its memory back, one whose
 * call trapped, hit its deadline, was interrupted or is still running does not, and a released instance cannot be
 * called. Instances from {@link InstancePre#instantiate()} have nothing to give back.
 */
class PooledInstanceReleaseTest {
    private static InstancePre pre;

    @BeforeAll
    static void prepare() throws Exception {
        assumeTrue(!"paged".equalsIgnoreCase(System.getProperty("weft.memory", "auto")),
                "-Dweft.memory=paged turns pooling off");
        Component component = Component.decode(Fixtures.componentBytes("limits"));
        pre = new Linker().prepare(Engine.builder().withoutDiskCache().build(), component);
    }

    private static Val call(ComponentInstance instance, String name, Val... args) throws Trap {
        return instance.function(name).orElseThrow().invoke(args).orElse(null);
    }

    @Test
    void aFinishedInstanceGivesItsMemoryBackAndIsNotCallableAfterwards() throws Exception {
        ComponentInstance first = pre.instantiatePooled();
        assertEquals(1, ((S32Val) call(first, "grow", Val.u32(2))).value());
        assertEquals(10, ((U32Val) call(first, "count", Val.u32(10))).value());
        long returned = FlatPoolStats.returned();
        assertEquals(1, first.release());
        assertEquals(returned + 1, FlatPoolStats.returned());
        Trap refused = assertThrows(Trap.class, () -> call(first, "count", Val.u32(1)));
        assertTrue(refused.getMessage().contains("released"), refused.getMessage());
        assertEquals(0, first.release(), "a second release gives nothing");
        long reused = FlatPoolStats.reused();
        ComponentInstance second = pre.instantiatePooled();
        assertEquals(reused + 1, FlatPoolStats.reused(), "the next pooled instance takes the storage");
        assertEquals(1, ((U32Val) call(second, "memory-pages")).value(), "back to the initial size");
        assertEquals(1, second.release());
    }

    @Test
    void anUnpooledInstanceHasNothingToGiveBack() throws Exception {
        ComponentInstance plain = pre.instantiate();
        assertEquals(3, ((U32Val) call(plain, "count", Val.u32(3))).value());
        assertEquals(0, plain.release());
    }

    @Test
    void anInstanceWhoseCallHitItsDeadlineKeepsItsMemory() throws Exception {
        ComponentInstance instance = pre.instantiatePooled(Limits.builder().timeout(Duration.ofMillis(50)).build());
        Trap trap = assertThrows(Trap.class, () -> call(instance, "spin"));
        assertEquals(TrapKind.DEADLINE, trap.kind());
        long returned = FlatPoolStats.returned();
        assertEquals(0, instance.release());
        assertEquals(returned, FlatPoolStats.returned());
    }

    /** Calls {@code spin} on a thread of its own; the result is the trap that ended it. */
    private static CompletableFuture<Trap> spin(ComponentInstance instance) {
        CompletableFuture<Trap> result = new CompletableFuture<>();
        Thread.ofPlatform().daemon().start(() -> {
            try {
                call(instance, "spin");
                result.complete(null);
            } catch (Trap t) {
                result.complete(t);
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    private static void awaitRunning(ComponentInstance instance) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!instance.isRunning()) {
            assertTrue(System.nanoTime() < deadline, "the call never started");
            Thread.onSpinWait();
        }
    }

    @Test
    void anInterruptedInstanceKeepsItsMemory() throws Exception {
        ComponentInstance instance = pre.instantiatePooled();
        CompletableFuture<Trap> spinning = spin(instance);
        awaitRunning(instance);
        assertTrue(instance.interruptHandle().interrupt());
        assertEquals(TrapKind.INTERRUPTED, spinning.get(20, TimeUnit.SECONDS).kind());
        long returned = FlatPoolStats.returned();
        assertEquals(0, instance.release());
        assertEquals(returned, FlatPoolStats.returned());
    }

    @Test
    void releaseWhileACallRunsGivesNothingBack() throws Exception {
        ComponentInstance instance = pre.instantiatePooled();
        CompletableFuture<Trap> spinning = spin(instance);
        try {
            awaitRunning(instance);
            long returned = FlatPoolStats.returned();
            assertEquals(0, instance.release(), "a call is running in it");
            assertEquals(returned, FlatPoolStats.returned());
        } finally {
            instance.interruptHandle().interrupt();
        }
        assertEquals(TrapKind.INTERRUPTED, spinning.get(20, TimeUnit.SECONDS).kind());
    }

    @Test
    void twoInstancesInFlightDoNotShareAndEachGoesBack() throws Exception {
        ComponentInstance a = pre.instantiatePooled();
        ComponentInstance b = pre.instantiatePooled();
        assertEquals(1, ((S32Val) call(a, "grow", Val.u32(1))).value());
        assertEquals(1, ((U32Val) call(b, "memory-pages")).value(), "b's memory is its own");
        assertEquals(1, a.release());
        assertEquals(1, b.release());
    }
}
