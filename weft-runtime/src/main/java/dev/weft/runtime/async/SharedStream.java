package dev.weft.runtime.async;

import dev.weft.component.types.ValueType;
import dev.weft.error.Trap;
import dev.weft.runtime.resource.InstanceState;

/**
 * The state both ends of a stream share (the spec's {@code SharedStreamImpl}): a copy waits as the pending one
 * until the other end makes its own, then the two buffers rendezvous and as many elements as both have room for
 * are copied.
 */
public final class SharedStream extends SharedCopy {
    /** {@code OnCopy}: some elements were copied; the pending side may reclaim its buffer. */
    @FunctionalInterface
    public interface OnCopy {
        void copied(Runnable reclaimBuffer);
    }

    /** {@code OnCopyDone}: the copy ended with a {@link CopyEnd} result code. */
    @FunctionalInterface
    public interface OnCopyDone {
        void done(int result);
    }

    private OnCopy pendingOnCopy;

    /** @param element the element type, or null for {@code stream} without one */
    public SharedStream(ValueType element) {
        super(element);
    }

    @Override
    void resetPending() {
        setPending(null, null, null, null);
    }

    private void setPending(InstanceState inst, CopyBuffer buffer, OnCopy onCopy, OnCopyDone onCopyDone) {
        pendingInstance = inst;
        pendingBuffer = buffer;
        pendingOnCopy = onCopy;
        pendingOnCopyDone = onCopyDone;
    }

    /** The reader's side of a copy. */
    public void read(InstanceState inst, CopyBuffer dst, OnCopy onCopy, OnCopyDone onCopyDone) throws Trap {
        if (dropped) {
            onCopyDone.done(CopyEnd.DROPPED);
        } else if (pendingBuffer == null) {
            setPending(inst, dst, onCopy, onCopyDone);
        } else {
            checkSameInstance(inst, "a stream of non-numeric elements");
            if (pendingBuffer.remain() > 0) {
                if (dst.remain() > 0) {
                    int n = Math.min(dst.remain(), pendingBuffer.remain());
                    dst.write(pendingBuffer.read(n));
                    pendingOnCopy.copied(this::resetPending);
                }
                onCopyDone.done(CopyEnd.COMPLETED);
            } else {
                resetAndNotifyPending(CopyEnd.COMPLETED);
                setPending(inst, dst, onCopy, onCopyDone);
            }
        }
    }

    /** The writer's side of a copy. */
    public void write(InstanceState inst, CopyBuffer src, OnCopy onCopy, OnCopyDone onCopyDone) throws Trap {
        if (dropped) {
            onCopyDone.done(CopyEnd.DROPPED);
        } else if (pendingBuffer == null) {
            setPending(inst, src, onCopy, onCopyDone);
        } else {
            checkSameInstance(inst, "a stream of non-numeric elements");
            if (pendingBuffer.remain() > 0) {
                if (src.remain() > 0) {
                    int n = Math.min(src.remain(), pendingBuffer.remain());
                    pendingBuffer.write(src.read(n));
                    pendingOnCopy.copied(this::resetPending);
                }
                onCopyDone.done(CopyEnd.COMPLETED);
            } else if (src.isZeroLength() && pendingBuffer.isZeroLength()) {
                onCopyDone.done(CopyEnd.COMPLETED);
            } else {
                resetAndNotifyPending(CopyEnd.COMPLETED);
                setPending(inst, src, onCopy, onCopyDone);
            }
        }
    }
}
