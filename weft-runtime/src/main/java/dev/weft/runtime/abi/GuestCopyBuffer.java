package dev.weft.runtime.abi;

import dev.weft.component.types.ValueType;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.runtime.async.CopyBuffer;
import dev.weft.value.TupleVal;
import dev.weft.value.Val;

import java.util.ArrayList;
import java.util.List;

/**
 * A stream or future copy buffer in guest memory (the spec's {@code BufferGuestImpl}): {@code length} elements of
 * type {@code element} at {@code ptr}, checked for alignment and bounds when made.
 */
final class GuestCopyBuffer implements CopyBuffer {
    private final ValueType element;
    private final LiftLowerContext cx;
    private final int length;
    private final int elementSize;
    private long ptr;
    private int progress;

    GuestCopyBuffer(ValueType element, LiftLowerContext cx, long ptr, long length) throws Trap {
        if (length > MAX_LENGTH) {
            throw new Trap(TrapKind.COMPONENT_MODEL, "stream buffer length " + length + " exceeds " + MAX_LENGTH);
        }
        this.element = element;
        this.cx = cx;
        this.length = (int) length;
        this.elementSize = element == null ? 0 : cx.layouts().of(element).size();
        if (element != null && length > 0) {
            int alignment = cx.layouts().of(element).alignment();
            if (ptr % alignment != 0) {
                throw new Trap(TrapKind.COMPONENT_MODEL, "stream/future buffer pointer " + ptr
                        + " is not aligned to " + alignment);
            }
            GuestMemory memory = cx.options().requireMemory();
            if (ptr + length * elementSize > memory.byteLength()) {
                throw new Trap(TrapKind.MEMORY_OUT_OF_BOUNDS, "stream/future buffer at " + ptr + " of " + length
                        + " element(s) is out of bounds of memory");
            }
        }
        this.ptr = ptr;
    }

    @Override
    public int remain() {
        return length - progress;
    }

    @Override
    public boolean isZeroLength() {
        return length == 0;
    }

    @Override
    public int progress() {
        return progress;
    }

    @Override
    public List<Val> read(int n) throws Trap {
        List<Val> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (element == null) {
                values.add(new TupleVal(List.of()));
            } else {
                values.add(MemoryLoader.load(cx, ptr, element));
                ptr += elementSize;
            }
        }
        progress += n;
        return values;
    }

    @Override
    public void write(List<Val> values) throws Trap {
        for (Val v : values) {
            if (element != null) {
                MemoryStorer.store(cx, v, element, ptr);
                ptr += elementSize;
            }
        }
        progress += values.size();
    }
}
