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
import dev.weft.runtime.resource.ResourceHandles;
import dev.weft.value.Val;

import java.util.List;

/** Lowering a value to flat core values (CanonicalABI.md "Flat Lowering"). */
public final class FlatLowerer {
    private FlatLowerer() {
    }

    /** {@code lower_flat}: appends the flat values of {@code v} to {@code out}. */
    public static void lowerFlat(LiftLowerContext cx, Val v, ValueType t, FlatWriter out) throws Trap {
        switch (t) {
            case PrimitiveType p -> lowerPrimitive(cx, v, p, out);
            case ListType l -> lowerList(cx, ValueExpect.list(t, v), l.element(), out);
            case MapType m -> lowerList(cx, MemoryStorer.fromEntries(ValueExpect.map(t, v)),
                    cx.layouts().mapEntry(m), out);
            case FixedListType f -> {
                for (Val e : ValueExpect.fixedList(t, v, f.length())) {
                    lowerFlat(cx, e, f.element(), out);
                }
            }
            case RecordType r -> lowerRecord(cx, v, t, out);
            case TupleType tu -> lowerRecord(cx, v, t, out);
            case VariantType vt -> lowerVariant(cx, v, t, out);
            case EnumType e -> lowerVariant(cx, v, t, out);
            case OptionType o -> lowerVariant(cx, v, t, out);
            case ResultType r -> lowerVariant(cx, v, t, out);
            case FlagsType f -> {
                for (int w : FlagBits.pack(f, ValueExpect.flags(t, v))) {
                    out.addI32(w);
                }
            }
            case OwnType o -> out.addI32(ResourceHandles.lowerOwn(cx.instance(), ValueExpect.owned(t, v),
                    o.resource(), cx.callee()));
            case BorrowType b -> out.addI32(ResourceHandles.lowerBorrow(cx.instance(), cx.taskScope(),
                    ValueExpect.borrowed(t, v), b.resource(), cx.fromHost(), cx.callee()));
            case StreamType s -> out.addI32(AsyncValues.lower(cx, t, v));
            case FutureType f -> out.addI32(AsyncValues.lower(cx, t, v));
        }
    }

    static void lowerPrimitive(LiftLowerContext cx, Val v, PrimitiveType p, FlatWriter out) throws Trap {
        switch (p) {
            case BOOL -> out.addI32(ValueExpect.bool(p, v) ? 1 : 0);
            case S8 -> out.addI32(ValueExpect.s8(p, v));
            case U8 -> out.addI32(ValueExpect.u8(p, v));
            case S16 -> out.addI32(ValueExpect.s16(p, v));
            case U16 -> out.addI32(ValueExpect.u16(p, v));
            case S32 -> out.addI32(ValueExpect.s32(p, v));
            case U32 -> out.addI32(ValueExpect.u32(p, v));
            case S64 -> out.add(ValueExpect.s64(p, v));
            case U64 -> out.add(ValueExpect.u64(p, v));
            case F32 -> out.add(Integer.toUnsignedLong(Scalars.f32Bits(ValueExpect.f32(p, v))));
            case F64 -> out.add(Scalars.f64Bits(ValueExpect.f64(p, v)));
            case CHAR -> out.addI32(ValueExpect.character(p, v));
            case STRING -> {
                StringCodec.Stored s = StringCodec.storeIntoRange(cx, cx.source(ValueExpect.string(p, v)));
                out.addI32((int) s.ptr());
                out.addI32((int) s.taggedCodeUnits());
            }
            case ERROR_CONTEXT -> out.addI32(AsyncValues.lower(cx, p, v));
        }
    }

    private static void lowerList(LiftLowerContext cx, List<Val> v, ValueType elem, FlatWriter out) throws Trap {
        long ptr = MemoryStorer.storeListIntoRange(cx, v, elem);
        out.addI32((int) ptr);
        out.addI32(v.size());
    }

    private static void lowerRecord(LiftLowerContext cx, Val v, ValueType t, FlatWriter out) throws Trap {
        List<Val> values = RecordFields.values(t, v);
        for (int i = 0; i < values.size(); i++) {
            lowerFlat(cx, values.get(i), RecordFields.type(t, i), out);
        }
    }

    /** {@code lower_flat_variant}: payload values are widened to the joined types, the rest padded with 0. */
    private static void lowerVariant(LiftLowerContext cx, Val v, ValueType t, FlatWriter out) throws Trap {
        TypeLayout.Cases layout = cx.layouts().cases(t);
        int index = VariantCases.caseIndex(t, v);
        Val payload = VariantCases.payload(t, index, v);
        out.addI32(index);
        int start = out.size();
        ValueType pt = VariantCases.payloadType(t, index);
        if (pt != null) {
            lowerFlat(cx, payload, pt, out);
            List<FlatType> have = cx.layouts().of(pt).flat();
            for (int i = 0; i < have.size(); i++) {
                FlatType want = layout.flat().get(1 + i);
                long x = out.get(start + i);
                if (want == FlatType.I64 && (have.get(i) == FlatType.I32 || have.get(i) == FlatType.F32)) {
                    out.set(start + i, x & 0xFFFF_FFFFL); // an i32 (or f32's bits) zero-extended into an i64
                } else if (want == FlatType.I32 && have.get(i) == FlatType.F32) {
                    out.set(start + i, (int) x); // f32 bits carried as an i32
                }
            }
        }
        for (int i = out.size() - start; i < layout.flat().size() - 1; i++) {
            out.add(0);
        }
    }
}
