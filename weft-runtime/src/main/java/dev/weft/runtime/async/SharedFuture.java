package dev.weft.runtime.async;

import dev.weft.component.types.ValueType;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.runtime.resource.InstanceState;

/** The state both ends of a future share (the spec's {@code SharedFutureImpl}): one value, copied once. */
public final class SharedFuture {
    private final ValueType element;
    private boolean dropped;
    private InstanceState pendingInstance;
    private CopyBuffer pendingBuffer;
    private SharedStream.OnCopyDone pendingOnCopyDone;
    private boolean pendingIsReader;

    /** @param element the value type, or null for {@code future} without one */
    public SharedFuture(ValueType element) {
        this.element = element;
    }

    public ValueType element() {
        return element;
    }

    private void resetPending() {
        pendingInstance = null;
        pendingBuffer = null;
        pendingOnCopyDone = null;
    }

    private void resetAndNotifyPending(int result) {
        SharedStream.OnCopyDone done = pendingOnCopyDone;
        resetPending();
        done.done(result);
    }

    public void cancel() {
        resetAndNotifyPending(CopyEnd.CANCELLED);
    }

    /** One end was dropped: a pending write ends with {@code DROPPED}. */
    public void drop() {
        if (!dropped) {
            dropped = true;
            if (pendingBuffer != null) {
                resetAndNotifyPending(CopyEnd.DROPPED);
            }
        }
    }

    private void checkSameInstance(InstanceState inst) throws Trap {
        if (inst == pendingInstance && !CopyEnd.noneOrNumber(element)) {
            throw new Trap(TrapKind.COMPONENT_MODEL, "a future of a non-numeric value cannot be copied between two "
                    + "ends in the same component instance");
        }
    }

    /** The reader's side. */
    public void read(InstanceState inst, CopyBuffer dst, SharedStream.OnCopyDone onCopyDone) throws Trap {
        if (pendingBuffer == null) {
            pendingInstance = inst;
            pendingBuffer = dst;
            pendingOnCopyDone = onCopyDone;
            pendingIsReader = true;
        } else {
            checkSameInstance(inst);
            dst.write(pendingBuffer.read(1));
            resetAndNotifyPending(CopyEnd.COMPLETED);
            onCopyDone.done(CopyEnd.COMPLETED);
        }
    }

    /** The writer's side. */
    public void write(InstanceState inst, CopyBuffer src, SharedStream.OnCopyDone onCopyDone) throws Trap {
        if (dropped) {
            onCopyDone.done(CopyEnd.DROPPED);
        } else if (pendingBuffer == null) {
            pendingInstance = inst;
            pendingBuffer = src;
            pendingOnCopyDone = onCopyDone;
            pendingIsReader = false;
        } else {
            checkSameInstance(inst);
            pendingBuffer.write(src.read(1));
            resetAndNotifyPending(CopyEnd.COMPLETED);
            onCopyDone.done(CopyEnd.COMPLETED);
        }
    }
}
