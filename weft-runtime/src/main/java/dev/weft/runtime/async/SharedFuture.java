package dev.weft.runtime.async;

import dev.weft.component.types.ValueType;
import dev.weft.error.Trap;
import dev.weft.runtime.resource.InstanceState;

/** The state both ends of a future share (the spec's {@code SharedFutureImpl}): one value, copied once. */
public final class SharedFuture extends SharedCopy {
    /** @param element the value type, or null for {@code future} without one */
    public SharedFuture(ValueType element) {
        super(element);
    }

    /** The reader's side. */
    public void read(InstanceState inst, CopyBuffer dst, SharedStream.OnCopyDone onCopyDone) throws Trap {
        if (pendingBuffer == null) {
            pendingInstance = inst;
            pendingBuffer = dst;
            pendingOnCopyDone = onCopyDone;
        } else {
            checkSameInstance(inst, "a future of a non-numeric value");
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
        } else {
            checkSameInstance(inst, "a future of a non-numeric value");
            pendingBuffer.write(src.read(1));
            resetAndNotifyPending(CopyEnd.COMPLETED);
            onCopyDone.done(CopyEnd.COMPLETED);
        }
    }
}
