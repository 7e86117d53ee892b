package dev.weft.runtime.async;

import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.runtime.resource.AsyncElement;

import java.util.function.Supplier;

/**
 * Something a task can wait on (the spec's {@code Waitable}): it holds at most one pending event, made when it is
 * taken, and belongs to at most one {@link WaitableSet}.
 */
public abstract class Waitable implements AsyncElement {
    private Supplier<Event> pendingEvent;
    private WaitableSet set;
    private boolean hasSyncWaiter;

    /** Makes {@code event} (called once, when the event is taken) this waitable's pending event. */
    public void setPendingEvent(Supplier<Event> event) {
        this.pendingEvent = event;
    }

    public boolean hasPendingEvent() {
        return pendingEvent != null;
    }

    public boolean inWaitableSet() {
        return set != null;
    }

    public boolean hasSyncWaiter() {
        return hasSyncWaiter;
    }

    /** The spec's {@code wait_for_pending_event}: a synchronous wait for this waitable alone. */
    public void waitForPendingEvent(String what) throws Trap {
        hasSyncWaiter = true;
        try {
            AsyncStore.waitUntil(this::hasPendingEvent, false, what);
        } finally {
            hasSyncWaiter = false;
        }
    }

    /** Takes the pending event. */
    public Event takePendingEvent() {
        Supplier<Event> event = pendingEvent;
        pendingEvent = null;
        return event.get();
    }

    /** {@code waitable.join}: moves this waitable into {@code target} (null: out of any set). */
    public void join(WaitableSet target) {
        if (set != null) {
            set.remove(this);
        }
        set = target;
        if (target != null) {
            target.add(this);
        }
    }

    /** Leaves its set when dropped; subclasses check their own rules first. */
    public void drop() throws Trap {
        if (hasSyncWaiter) {
            throw new Trap(TrapKind.COMPONENT_MODEL, describe() + " dropped while a task waits for it");
        }
        join(null);
    }
}
