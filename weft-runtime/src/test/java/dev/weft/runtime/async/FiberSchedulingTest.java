package dev.weft.runtime.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Fibers as the spec's threads: one runs at a time, a host thread waiting runs the ready ones, a trap reaches the
 * resumer, and waitable sets deliver the events of their members.
 */
class FiberSchedulingTest {
    @AfterEach
    void discard() {
        AsyncStore.discardCurrent();
    }

    @Test
    void aResumedFiberRunsUntilItBlocksThenTheHostWaitResumesIt() throws Trap {
        List<String> log = new ArrayList<>();
        boolean[] flag = new boolean[1];
        Fiber fiber = AsyncStore.current().newFiber("t", null, () -> {
            log.add("start");
            AsyncStore.waitUntil(() -> flag[0], false, "test wait");
            log.add("resumed");
        });
        fiber.resume(false);
        assertEquals(List.of("start"), log, "the fiber blocked and gave control back");
        assertTrue(fiber.waiting());

        flag[0] = true;
        AsyncStore.waitUntil(fiber::finished, false, "host wait");
        assertEquals(List.of("start", "resumed"), log);
    }

    @Test
    void aTrapInAFiberIsRethrownToItsResumer() {
        Fiber fiber = AsyncStore.current().newFiber("t", null, () -> {
            throw new Trap(TrapKind.UNREACHABLE, "boom");
        });
        Trap trap = assertThrows(Trap.class, () -> fiber.resume(false));
        assertEquals("boom", trap.getMessage());
    }

    @Test
    void aHostWaitNoFiberCanSatisfyIsADeadlockTrap() {
        Trap trap = assertThrows(Trap.class, () -> AsyncStore.waitUntil(() -> false, false, "nothing"));
        assertTrue(trap.getMessage().contains("deadlock"), trap.getMessage());
    }

    @Test
    void aWaitableSetDeliversThePendingEventOfAMember() throws Trap {
        WaitableSet set = new WaitableSet();
        Subtask subtask = new Subtask();
        subtask.join(set);
        assertSame(Event.NOTHING, set.poll(null, false));

        subtask.started();
        subtask.resolve(true);
        subtask.progressed(7);
        Event event = set.waitForEventAnd(() -> true, false, "test");
        assertEquals(new Event(Event.SUBTASK, 7, Subtask.RETURNED), event);
        assertTrue(subtask.resolveDelivered(), "taking the event delivers the resolution");
        assertFalse(set.hasPendingEvent());
    }

    @Test
    void aWaitableSetWithMembersCannotBeDropped() throws Trap {
        WaitableSet set = new WaitableSet();
        Subtask subtask = new Subtask();
        subtask.join(set);
        assertThrows(Trap.class, set::drop);
        subtask.join(null);
        set.drop();
    }

    @Test
    void anUnresolvedSubtaskCannotBeDropped() {
        Subtask subtask = new Subtask();
        assertThrows(Trap.class, subtask::drop);
    }

    @Test
    void notYetSupportedIsFoundThroughCauses() {
        Trap unsupported = NotYetSupported.trap("thing");
        Trap poisoned = new Trap(TrapKind.COMPONENT_MODEL, "cannot enter", unsupported);
        assertEquals("thing is not supported yet", NotYetSupported.in(poisoned).orElseThrow());
        assertTrue(NotYetSupported.in(new Trap("plain")).isEmpty());
    }
}
