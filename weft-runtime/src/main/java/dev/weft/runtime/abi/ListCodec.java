package dev.weft.runtime.abi;

import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.ValueType;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.value.ByteList;
import dev.weft.value.ListVal;
import dev.weft.value.Val;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code list<T>}: a (pointer, length) pair; {@code list<u8>} moves as one byte array
 * ({@link MemoryLoader#loadListFromRange}, {@link MemoryStorer#storeListIntoRange}).
 */
record ListCodec(ValueType type, ValueType element, ValueCodec elementCodec, int elementSize,
                 int elementAlignment) implements ValueCodec {
    @Override
    public Val liftFlat(LiftLowerContext cx, FlatSource src) throws Trap {
        long ptr = Integer.toUnsignedLong((int) src.next(FlatType.I32));
        long length = Integer.toUnsignedLong((int) src.next(FlatType.I32));
        return new ListVal(loadFromRange(cx, ptr, length));
    }

    @Override
    public void lowerFlat(LiftLowerContext cx, Val v, FlatWriter out) throws Trap {
        List<Val> elements = ValueExpect.list(type, v);
        long ptr = storeIntoRange(cx, elements);
        out.addI32((int) ptr);
        out.addI32(elements.size());
    }

    @Override
    public Val load(LiftLowerContext cx, GuestMemory m, long ptr) throws Trap {
        long begin = Integer.toUnsignedLong(m.readI32(ptr));
        long length = Integer.toUnsignedLong(m.readI32(ptr + 4));
        return new ListVal(loadFromRange(cx, begin, length));
    }

    @Override
    public void store(LiftLowerContext cx, GuestMemory m, Val v, long ptr) throws Trap {
        List<Val> elements = ValueExpect.list(type, v);
        long begin = storeIntoRange(cx, elements);
        m.writeI32(ptr, (int) begin);
        m.writeI32(ptr + 4, elements.size());
    }

    /** {@code load_list_from_range}. */
    private List<Val> loadFromRange(LiftLowerContext cx, long ptr, long length) throws Trap {
        if (length > MemoryLoader.MAX_LIST_BYTE_LENGTH / elementSize) {
            throw new Trap(TrapKind.COMPONENT_MODEL,
                    "list of " + length + " elements of " + elementSize + " bytes exceeds the maximum of "
                    + MemoryLoader.MAX_LIST_BYTE_LENGTH + " bytes");
        }
        LiftLowerContext.checkAlignment(ptr, elementAlignment, "list");
        cx.checkBounds(ptr, length * elementSize, "list");
        GuestMemory m = cx.memory();
        int n = (int) length;
        if (element == PrimitiveType.U8) {
            return ByteList.wrap(m.read(ptr, n));
        }
        List<Val> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(elementCodec.load(cx, m, ptr + (long) i * elementSize));
        }
        return out;
    }

    /** {@code store_list_into_range}. */
    private long storeIntoRange(LiftLowerContext cx, List<Val> v) throws Trap {
        long byteLength = (long) v.size() * elementSize;
        if (byteLength > StringCodec.REALLOC_I32_MAX) {
            throw new Trap(TrapKind.COMPONENT_MODEL, "list of " + v.size() + " elements needs " + byteLength
                    + " bytes, more than a 32-bit realloc can provide");
        }
        long ptr = cx.allocate(elementAlignment, byteLength);
        LiftLowerContext.checkAlignment(ptr, elementAlignment, "realloc result for list");
        cx.checkBounds(ptr, byteLength, "list");
        GuestMemory m = cx.memory();
        if (v instanceof ByteList bytes && element == PrimitiveType.U8) {
            byte[] data = bytes.toByteArray();
            m.write(ptr, data, 0, data.length);
            return ptr;
        }
        for (int i = 0; i < v.size(); i++) {
            elementCodec.store(cx, m, v.get(i), ptr + (long) i * elementSize);
        }
        return ptr;
    }
}
