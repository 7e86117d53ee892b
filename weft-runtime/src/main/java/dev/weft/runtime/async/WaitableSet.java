package dev.weft.runtime.async;

import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.runtime.resource.AsyncElement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The spec's {@code WaitableSet}: waitables joined to it, and the number of tasks waiting on it. Events are
 * taken from the waitables in the order they joined (the reference picks at random).
 */
public final class WaitableSet implements AsyncElement {
    private final List<Waitable> elements = new ArrayList<>();
    private int numWaiting;

    void add(Waitable w) {
        elements.add(w);
    }

    void remove(Waitable w) {
        elements.remove(w);
    }

    public boolean hasPendingEvent() {
        for (Waitable w : elements) {
            if (w.hasPendingEvent()) {
                return true;
            }
        }
        return false;
    }

    private Event takePendingEvent() {
        for (Waitable w : elements) {
            if (w.hasPendingEvent()) {
                return w.takePendingEvent();
            }
        }
        throw new IllegalStateException("no pending event");
    }

    /** The spec's {@code wait_for_event_and}: waits until {@code ready} holds and an event is pending. */
    public Event waitForEventAnd(BooleanSupplier ready, boolean cancellable, String what) throws Trap {
        numWaiting++;
        try {
            boolean cancelled = AsyncStore.waitUntil(() -> ready.getAsBoolean() && hasPendingEvent(), cancellable,
                    what);
            return cancelled ? Event.CANCELLED : takePendingEvent();
        } finally {
            numWaiting--;
        }
    }

    /** The spec's {@code poll}. */
    public Event poll(AsyncTask task, boolean cancellable) {
        if (task != null && task.deliverPendingCancel(cancellable)) {
            return Event.CANCELLED;
        }
        return hasPendingEvent() ? takePendingEvent() : Event.NOTHING;
    }

    /** {@code waitable-set.drop}: traps while it has members or waiters. */
    public void drop() throws Trap {
        if (!elements.isEmpty()) {
            throw new Trap(TrapKind.COMPONENT_MODEL, "waitable set dropped while it still has "
                    + elements.size() + " waitable(s) joined");
        }
        if (numWaiting > 0) {
            throw new Trap(TrapKind.COMPONENT_MODEL, "waitable set dropped while a task waits on it");
        }
    }

    @Override
    public String describe() {
        return "waitable set";
    }
}
