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
import dev.weft.value.BoolVal;
import dev.weft.value.CharVal;
import dev.weft.value.F32Val;
import dev.weft.value.F64Val;
import dev.weft.value.FixedListVal;
import dev.weft.value.ListVal;
import dev.weft.value.MapVal;
import dev.weft.value.ResourceVal;
import dev.weft.value.S16Val;
import dev.weft.value.S32Val;
import dev.weft.value.S64Val;
import dev.weft.value.S8Val;
import dev.weft.value.TupleVal;
import dev.weft.value.U16Val;
import dev.weft.value.U32Val;
import dev.weft.value.U64Val;
import dev.weft.value.ByteList;
import dev.weft.value.Val;

import java.util.ArrayList;
import java.util.List;

/** Reading values of every type from guest memory (CanonicalABI.md "Loading"). */
public final class MemoryLoader {
    /** {@code MAX_LIST_BYTE_LENGTH}. */
    public static final long MAX_LIST_BYTE_LENGTH = (1L << 28) - 1;

    private MemoryLoader() {
    }

    /** {@code load}: the value of type {@code t} at {@code ptr} (aligned and in bounds, as the spec asserts). */
    public static Val load(LiftLowerContext cx, long ptr, ValueType t) throws Trap {
        GuestMemory m = cx.memory();
        return switch (t) {
            case PrimitiveType p -> loadPrimitive(cx, m, ptr, p);
            case ListType l -> new ListVal(loadList(cx, m, ptr, l.element()));
            case MapType mt -> new MapVal(toEntries(loadList(cx, m, ptr, cx.layouts().mapEntry(mt))));
            case FixedListType f -> new FixedListVal(loadListFromValidRange(cx, ptr, f.length(), f.element()));
            case RecordType r -> loadRecord(cx, ptr, t);
            case TupleType tu -> loadRecord(cx, ptr, t);
            case VariantType v -> loadVariant(cx, m, ptr, t);
            case EnumType e -> loadVariant(cx, m, ptr, t);
            case OptionType o -> loadVariant(cx, m, ptr, t);
            case ResultType r -> loadVariant(cx, m, ptr, t);
            case FlagsType f -> loadFlags(m, ptr, f);
            case OwnType o -> new ResourceVal(ResourceHandles.liftOwn(cx.instance(), m.readI32(ptr), o.resource()),
                    true);
            case BorrowType b -> new ResourceVal(ResourceHandles.liftBorrow(cx.instance(), cx.subtaskScope(),
                    m.readI32(ptr), b.resource()), false);
            case StreamType s -> AsyncValues.lift(cx, t, m.readI32(ptr));
            case FutureType f -> AsyncValues.lift(cx, t, m.readI32(ptr));
        };
    }

    static Val loadPrimitive(LiftLowerContext cx, GuestMemory m, long ptr, PrimitiveType p) throws Trap {
        return switch (p) {
            case BOOL -> new BoolVal(m.readI8(ptr) != 0);
            case S8 -> new S8Val(m.readI8(ptr));
            case U8 -> ByteList.u8(m.readI8(ptr) & 0xFF);
            case S16 -> new S16Val(m.readI16(ptr));
            case U16 -> new U16Val(m.readI16(ptr) & 0xFFFF);
            case S32 -> new S32Val(m.readI32(ptr));
            case U32 -> new U32Val(Integer.toUnsignedLong(m.readI32(ptr)));
            case S64 -> new S64Val(m.readI64(ptr));
            case U64 -> new U64Val(m.readI64(ptr));
            case F32 -> new F32Val(Scalars.canonicalize(m.readF32(ptr)));
            case F64 -> new F64Val(Scalars.canonicalize(m.readF64(ptr)));
            case CHAR -> new CharVal(Scalars.checkChar(m.readI32(ptr)));
            case STRING -> StringCodec.loadValue(cx, ptr);
            case ERROR_CONTEXT -> AsyncValues.lift(cx, p, m.readI32(ptr));
        };
    }

    private static List<Val> loadList(LiftLowerContext cx, GuestMemory m, long ptr, ValueType elem) throws Trap {
        long begin = Integer.toUnsignedLong(m.readI32(ptr));
        long length = Integer.toUnsignedLong(m.readI32(ptr + 4));
        return loadListFromRange(cx, begin, length, elem);
    }

    /** {@code load_list_from_range}: bounds, alignment and size checks, then the elements. */
    public static List<Val> loadListFromRange(LiftLowerContext cx, long ptr, long length, ValueType elem)
            throws Trap {
        TypeLayout e = cx.layouts().of(elem);
        if (length > MAX_LIST_BYTE_LENGTH / e.size()) { // length * size > MAX, without overflow
            throw new Trap(TrapKind.COMPONENT_MODEL,
                    "list of " + length + " elements of " + e.size() + " bytes exceeds the maximum of "
                    + MAX_LIST_BYTE_LENGTH + " bytes");
        }
        LiftLowerContext.checkAlignment(ptr, e.alignment(), "list");
        cx.checkBounds(ptr, length * e.size(), "list");
        return loadListFromValidRange(cx, ptr, (int) length, elem);
    }

    static List<Val> loadListFromValidRange(LiftLowerContext cx, long ptr, int length, ValueType elem)
            throws Trap {
        if (elem == PrimitiveType.U8) {
            return ByteList.wrap(cx.memory().read(ptr, length)); // bytes without one U8Val each
        }
        int size = cx.layouts().of(elem).size();
        List<Val> out = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            out.add(load(cx, ptr + (long) i * size, elem));
        }
        return out;
    }

    private static Val loadRecord(LiftLowerContext cx, long ptr, ValueType t) throws Trap {
        TypeLayout.Fields layout = cx.layouts().fields(t);
        Val[] values = new Val[RecordFields.count(t)];
        for (int i = 0; i < values.length; i++) {
            values[i] = load(cx, ptr + layout.offset(i), RecordFields.type(t, i));
        }
        return RecordFields.make(t, values);
    }

    private static Val loadVariant(LiftLowerContext cx, GuestMemory m, long ptr, ValueType t) throws Trap {
        TypeLayout.Cases layout = cx.layouts().cases(t);
        long index = switch (layout.discriminantSize()) {
            case 1 -> m.readI8(ptr) & 0xFFL;
            case 2 -> m.readI16(ptr) & 0xFFFFL;
            default -> Integer.toUnsignedLong(m.readI32(ptr));
        };
        if (index >= layout.caseCount()) {
            throw new Trap(TrapKind.COMPONENT_MODEL,
                    "discriminant " + index + " is out of range for " + TypeNames.of(t) + " with "
                    + layout.caseCount()
                    + " cases");
        }
        ValueType payload = VariantCases.payloadType(t, (int) index);
        Val v = payload == null ? null : load(cx, ptr + layout.payloadOffset(), payload);
        return VariantCases.make(t, (int) index, v);
    }

    private static Val loadFlags(GuestMemory m, long ptr, FlagsType f) throws Trap {
        int n = f.names().size();
        int[] words = new int[LayoutCalculator.flagWords(n)];
        if (n <= 8) {
            words[0] = m.readI8(ptr) & 0xFF;
        } else if (n <= 16) {
            words[0] = m.readI16(ptr) & 0xFFFF;
        } else {
            for (int i = 0; i < words.length; i++) {
                words[i] = m.readI32(ptr + 4L * i);
            }
        }
        return FlagBits.unpack(f, words);
    }

    static List<MapVal.Entry> toEntries(List<Val> tuples) {
        List<MapVal.Entry> entries = new ArrayList<>(tuples.size());
        for (Val v : tuples) {
            TupleVal tv = (TupleVal) v;
            entries.add(new MapVal.Entry(tv.elements().get(0), tv.elements().get(1)));
        }
        return entries;
    }
}
