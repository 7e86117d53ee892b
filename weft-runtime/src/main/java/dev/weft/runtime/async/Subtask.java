package dev.weft.runtime.async;

import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.runtime.resource.InstanceState;
import dev.weft.runtime.resource.SubtaskScope;

/**
 * The caller's side of an async call (the spec's {@code Subtask}): its state, the handles lent to the callee
 * until it resolves, and how to ask the callee to cancel.
 */
public final class Subtask extends Waitable {
    public static final int STARTING = 0;
    public static final int STARTED = 1;
    public static final int RETURNED = 2;
    public static final int CANCELLED_BEFORE_STARTED = 3;
    public static final int CANCELLED_BEFORE_RETURNED = 4;

    /** Asks the callee to cancel (the spec's {@code OnCancel}). */
    @FunctionalInterface
    public interface Canceller {
        void requestCancellation(InstanceState caller) throws Trap;
    }

    private final SubtaskScope lenders = new SubtaskScope();
    private int state = STARTING;
    private Canceller canceller;
    private boolean cancellationRequested;

    /** The borrow scope of the call's arguments (handles lent until the subtask resolves). */
    public SubtaskScope lenders() {
        return lenders;
    }

    public int state() {
        return state;
    }

    /** {@code on_start}: the callee took its arguments. */
    public void started() {
        state = STARTED;
    }

    public void setCanceller(Canceller canceller) {
        this.canceller = canceller;
    }

    public boolean resolved() {
        return state >= RETURNED;
    }

    /** Resolves as returned ({@code results} delivered) or cancelled. */
    public void resolve(boolean returned) {
        if (returned) {
            state = RETURNED;
        } else {
            state = state == STARTING ? CANCELLED_BEFORE_STARTED : CANCELLED_BEFORE_RETURNED;
        }
    }

    public boolean resolveDelivered() {
        return lenders.resolveDelivered();
    }

    /** Ends the lends once the caller learns of the resolution. */
    public void deliverResolve() {
        lenders.deliverResolve();
    }

    /** The event this subtask reports at handle {@code index} once it made progress. */
    public void progressed(int index) {
        setPendingEvent(() -> {
            if (resolved() && !resolveDelivered()) {
                deliverResolve();
            }
            return new Event(Event.SUBTASK, index, state);
        });
    }

    /** {@code subtask.cancel}: traps unless it may be requested now, then asks the callee. */
    public void requestCancellation(InstanceState caller) throws Trap {
        if (resolveDelivered()) {
            throw new Trap(TrapKind.COMPONENT_MODEL, "subtask.cancel of a subtask whose resolution was delivered");
        }
        if (cancellationRequested) {
            throw new Trap(TrapKind.COMPONENT_MODEL, "subtask.cancel called twice for one subtask");
        }
        cancellationRequested = true;
        if (!resolved() && canceller != null) {
            canceller.requestCancellation(caller);
        }
    }

    public boolean cancellationRequested() {
        return cancellationRequested;
    }

    @Override
    public void drop() throws Trap {
        if (!resolveDelivered()) {
            throw new Trap(TrapKind.COMPONENT_MODEL, "subtask dropped before it resolved (or before its "
                    + "resolution was delivered)");
        }
        super.drop();
    }

    @Override
    public String describe() {
        return "subtask";
    }
}
