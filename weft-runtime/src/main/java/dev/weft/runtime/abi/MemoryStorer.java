package dev.weft.runtime.abi;

import dev.weft.component.types.BorrowType;
import dev.weft.component.types.EnumType;
import dev.weft.component.types.FixedListType;
import dev.weft.component.types.FlagsType;
import dev.weft.component.types.FutureType;
import dev.weft.component.types.ListType;
import dev.weft.component.types.MapType;
import dev.weft.component.types.OptionType;
import dev.weft.component.types.OwnType;
import dev.weft.component.types.PrimitiveType;
import dev.weft.component.types.RecordType;
import dev.weft.component.types.ResultType;
import dev.weft.component.types.StreamType;
import dev.weft.component.types.TupleType;
import dev.weft.component.types.ValueType;
import dev.weft.component.types.VariantType;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.runtime.resource.ResourceHandles;
import dev.weft.value.ByteList;
import dev.weft.value.MapVal;
import dev.weft.value.TupleVal;
import dev.weft.value.Val;

import java.util.ArrayList;
import java.util.List;

/** Writing values of every type into guest memory (CanonicalABI.md "Storing"). */
public final class MemoryStorer {
    private MemoryStorer() {
    }

    /** {@code store}: writes {@code v} of type {@code t} at {@code ptr}; traps if {@code v} does not fit {@code t}. */
    public static void store(LiftLowerContext cx, Val v, ValueType t, long ptr) throws Trap {
        GuestMemory m = cx.memory();
        switch (t) {
            case PrimitiveType p -> storePrimitive(cx, m, v, p, ptr);
            case ListType l -> storeList(cx, m, ValueExpect.list(t, v), l.element(), ptr);
            case MapType mt -> storeList(cx, m, fromEntries(ValueExpect.map(t, v)), cx.layouts().mapEntry(mt), ptr);
            case FixedListType f -> storeListIntoValidRange(cx, ValueExpect.fixedList(t, v, f.length()),
                    f.element(), ptr);
            case RecordType r -> storeRecord(cx, v, t, ptr);
            case TupleType tu -> storeRecord(cx, v, t, ptr);
            case VariantType vt -> storeVariant(cx, m, v, t, ptr);
            case EnumType e -> storeVariant(cx, m, v, t, ptr);
            case OptionType o -> storeVariant(cx, m, v, t, ptr);
            case ResultType r -> storeVariant(cx, m, v, t, ptr);
            case FlagsType f -> storeFlags(m, FlagBits.pack(f, ValueExpect.flags(t, v)), f, ptr);
            case OwnType o -> m.writeI32(ptr, ResourceHandles.lowerOwn(cx.instance(),
                    ValueExpect.owned(t, v), o.resource(), cx.callee()));
            case BorrowType b -> m.writeI32(ptr, ResourceHandles.lowerBorrow(cx.instance(), cx.taskScope(),
                    ValueExpect.borrowed(t, v), b.resource(), cx.fromHost(), cx.callee()));
            case StreamType s -> m.writeI32(ptr, AsyncValues.lower(cx, t, v));
            case FutureType f -> m.writeI32(ptr, AsyncValues.lower(cx, t, v));
        }
    }

    static void storePrimitive(LiftLowerContext cx, GuestMemory m, Val v, PrimitiveType p, long ptr)
            throws Trap {
        switch (p) {
            case BOOL -> m.writeI8(ptr, (byte) (ValueExpect.bool(p, v) ? 1 : 0));
            case S8 -> m.writeI8(ptr, ValueExpect.s8(p, v));
            case U8 -> m.writeI8(ptr, (byte) ValueExpect.u8(p, v));
            case S16 -> m.writeI16(ptr, ValueExpect.s16(p, v));
            case U16 -> m.writeI16(ptr, (short) ValueExpect.u16(p, v));
            case S32 -> m.writeI32(ptr, ValueExpect.s32(p, v));
            case U32 -> m.writeI32(ptr, ValueExpect.u32(p, v));
            case S64 -> m.writeI64(ptr, ValueExpect.s64(p, v));
            case U64 -> m.writeI64(ptr, ValueExpect.u64(p, v));
            case F32 -> m.writeI32(ptr, Scalars.f32Bits(ValueExpect.f32(p, v)));
            case F64 -> m.writeI64(ptr, Scalars.f64Bits(ValueExpect.f64(p, v)));
            case CHAR -> m.writeI32(ptr, ValueExpect.character(p, v));
            case STRING -> StringCodec.store(cx, cx.source(ValueExpect.string(p, v)), ptr);
            case ERROR_CONTEXT -> m.writeI32(ptr, AsyncValues.lower(cx, p, v));
        }
    }

    private static void storeList(LiftLowerContext cx, GuestMemory m, List<Val> v, ValueType elem, long ptr)
            throws Trap {
        long begin = storeListIntoRange(cx, v, elem);
        m.writeI32(ptr, (int) begin);
        m.writeI32(ptr + 4, v.size());
    }

    /** {@code store_list_into_range}: allocates and fills the element array; returns its pointer. */
    public static long storeListIntoRange(LiftLowerContext cx, List<Val> v, ValueType elem) throws Trap {
        TypeLayout e = cx.layouts().of(elem);
        long byteLength = (long) v.size() * e.size();
        if (byteLength > StringCodec.REALLOC_I32_MAX) {
            throw new Trap(TrapKind.COMPONENT_MODEL, "list of " + v.size() + " elements needs " + byteLength
                    + " bytes, more than a 32-bit realloc can provide");
        }
        long ptr = cx.allocate(e.alignment(), byteLength);
        LiftLowerContext.checkAlignment(ptr, e.alignment(), "realloc result for list");
        cx.checkBounds(ptr, byteLength, "list");
        storeListIntoValidRange(cx, v, elem, ptr);
        return ptr;
    }

    static void storeListIntoValidRange(LiftLowerContext cx, List<Val> v, ValueType elem, long ptr) throws Trap {
        if (v instanceof ByteList bytes && elem == PrimitiveType.U8) {
            byte[] data = bytes.toByteArray();
            cx.memory().write(ptr, data, 0, data.length);
            return;
        }
        int size = cx.layouts().of(elem).size();
        for (int i = 0; i < v.size(); i++) {
            store(cx, v.get(i), elem, ptr + (long) i * size);
        }
    }

    private static void storeRecord(LiftLowerContext cx, Val v, ValueType t, long ptr) throws Trap {
        TypeLayout.Fields layout = cx.layouts().fields(t);
        List<Val> values = RecordFields.values(t, v);
        for (int i = 0; i < values.size(); i++) {
            store(cx, values.get(i), RecordFields.type(t, i), ptr + layout.offset(i));
        }
    }

    private static void storeVariant(LiftLowerContext cx, GuestMemory m, Val v, ValueType t, long ptr)
            throws Trap {
        TypeLayout.Cases layout = cx.layouts().cases(t);
        int index = VariantCases.caseIndex(t, v);
        Val payload = VariantCases.payload(t, index, v);
        switch (layout.discriminantSize()) {
            case 1 -> m.writeI8(ptr, (byte) index);
            case 2 -> m.writeI16(ptr, (short) index);
            default -> m.writeI32(ptr, index);
        }
        ValueType pt = VariantCases.payloadType(t, index);
        if (pt != null) {
            store(cx, payload, pt, ptr + layout.payloadOffset());
        }
    }

    private static void storeFlags(GuestMemory m, int[] words, FlagsType f, long ptr) throws Trap {
        int n = f.names().size();
        if (n <= 8) {
            m.writeI8(ptr, (byte) words[0]);
        } else if (n <= 16) {
            m.writeI16(ptr, (short) words[0]);
        } else {
            for (int i = 0; i < words.length; i++) {
                m.writeI32(ptr + 4L * i, words[i]);
            }
        }
    }

    static List<Val> fromEntries(List<MapVal.Entry> entries) {
        List<Val> tuples = new ArrayList<>(entries.size());
        for (MapVal.Entry e : entries) {
            tuples.add(new TupleVal(List.of(e.key(), e.value())));
        }
        return tuples;
    }
}
