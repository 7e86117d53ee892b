package dev.weft.runtime.async;

import dev.weft.component.types.ValueType;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.runtime.resource.InstanceState;

/**
 * What both ends of a stream or a future share: the element type, whether an end was dropped, and the copy that
 * waits for the other end (its instance, buffer and completion callback).
 */
abstract sealed class SharedCopy permits SharedStream, SharedFuture {
    final ValueType element;
    boolean dropped;
    InstanceState pendingInstance;
    CopyBuffer pendingBuffer;
    SharedStream.OnCopyDone pendingOnCopyDone;

    SharedCopy(ValueType element) {
        this.element = element;
    }

    /** The element type, or null for a stream or future without one. */
    public ValueType element() {
        return element;
    }

    void resetPending() {
        pendingInstance = null;
        pendingBuffer = null;
        pendingOnCopyDone = null;
    }

    final void resetAndNotifyPending(int result) {
        SharedStream.OnCopyDone done = pendingOnCopyDone;
        resetPending();
        done.done(result);
    }

    /** Cancels the pending copy. */
    public final void cancel() {
        resetAndNotifyPending(CopyEnd.CANCELLED);
    }

    /** One end was dropped: a pending copy of the other ends with {@code DROPPED}. */
    public final void drop() {
        if (!dropped) {
            dropped = true;
            if (pendingBuffer != null) {
                resetAndNotifyPending(CopyEnd.DROPPED);
            }
        }
    }

    /** Both ends in one instance may only copy numbers (or nothing): anything else would alias its own memory. */
    final void checkSameInstance(InstanceState inst, String what) throws Trap {
        if (inst == pendingInstance && !CopyEnd.noneOrNumber(element)) {
            throw new Trap(TrapKind.COMPONENT_MODEL, what + " cannot be copied between two ends in the same "
                    + "component instance");
        }
    }
}
