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
import dev.weft.value.U16Val;
import dev.weft.value.U32Val;
import dev.weft.value.U64Val;
import dev.weft.value.ByteList;
import dev.weft.value.Val;

import java.util.ArrayList;
import java.util.List;

/** Lifting a value from flat core values (CanonicalABI.md "Flat Lifting"). */
public final class FlatLifter {
    private FlatLifter() {
    }

    /** {@code lift_flat}. */
    public static Val liftFlat(LiftLowerContext cx, FlatSource src, ValueType t) throws Trap {
        return switch (t) {
            case PrimitiveType p -> liftPrimitive(cx, src, p);
            case ListType l -> new ListVal(liftList(cx, src, l.element()));
            case MapType m -> new MapVal(MemoryLoader.toEntries(liftList(cx, src, cx.layouts().mapEntry(m))));
            case FixedListType f -> {
                List<Val> out = new ArrayList<>(f.length());
                for (int i = 0; i < f.length(); i++) {
                    out.add(liftFlat(cx, src, f.element()));
                }
                yield new FixedListVal(out);
            }
            case RecordType r -> liftRecord(cx, src, t);
            case TupleType tu -> liftRecord(cx, src, t);
            case VariantType v -> liftVariant(cx, src, t);
            case EnumType e -> liftVariant(cx, src, t);
            case OptionType o -> liftVariant(cx, src, t);
            case ResultType r -> liftVariant(cx, src, t);
            case FlagsType f -> {
                int[] words = new int[LayoutCalculator.flagWords(f.names().size())];
                for (int i = 0; i < words.length; i++) {
                    words[i] = (int) src.next(FlatType.I32);
                }
                yield FlagBits.unpack(f, words);
            }
            case OwnType o -> new ResourceVal(ResourceHandles.liftOwn(cx.instance(), (int) src.next(FlatType.I32),
                    o.resource()), true);
            case BorrowType b -> new ResourceVal(ResourceHandles.liftBorrow(cx.instance(), cx.subtaskScope(),
                    (int) src.next(FlatType.I32), b.resource()), false);
            case StreamType s -> AsyncValues.lift(cx, t, (int) src.next(FlatType.I32));
            case FutureType f -> AsyncValues.lift(cx, t, (int) src.next(FlatType.I32));
        };
    }

    static Val liftPrimitive(LiftLowerContext cx, FlatSource src, PrimitiveType p) throws Trap {
        return switch (p) {
            case BOOL -> new BoolVal((int) src.next(FlatType.I32) != 0);
            case S8 -> new S8Val((byte) src.next(FlatType.I32));
            case U8 -> ByteList.u8((int) src.next(FlatType.I32) & 0xFF);
            case S16 -> new S16Val((short) src.next(FlatType.I32));
            case U16 -> new U16Val((int) src.next(FlatType.I32) & 0xFFFF);
            case S32 -> new S32Val((int) src.next(FlatType.I32));
            case U32 -> new U32Val(Integer.toUnsignedLong((int) src.next(FlatType.I32)));
            case S64 -> new S64Val(src.next(FlatType.I64));
            case U64 -> new U64Val(src.next(FlatType.I64));
            case F32 -> new F32Val(Scalars.canonicalize(Float.intBitsToFloat((int) src.next(FlatType.F32))));
            case F64 -> new F64Val(Scalars.canonicalize(Double.longBitsToDouble(src.next(FlatType.F64))));
            case CHAR -> new CharVal(Scalars.checkChar((int) src.next(FlatType.I32)));
            case STRING -> {
                long ptr = Integer.toUnsignedLong((int) src.next(FlatType.I32));
                long units = Integer.toUnsignedLong((int) src.next(FlatType.I32));
                yield StringCodec.loadValueFromRange(cx, ptr, units);
            }
            case ERROR_CONTEXT -> AsyncValues.lift(cx, p, (int) src.next(FlatType.I32));
        };
    }

    private static List<Val> liftList(LiftLowerContext cx, FlatSource src, ValueType elem) throws Trap {
        long ptr = Integer.toUnsignedLong((int) src.next(FlatType.I32));
        long length = Integer.toUnsignedLong((int) src.next(FlatType.I32));
        return MemoryLoader.loadListFromRange(cx, ptr, length, elem);
    }

    private static Val liftRecord(LiftLowerContext cx, FlatSource src, ValueType t) throws Trap {
        Val[] values = new Val[RecordFields.count(t)];
        for (int i = 0; i < values.length; i++) {
            values[i] = liftFlat(cx, src, RecordFields.type(t, i));
        }
        return RecordFields.make(t, values);
    }

    /** {@code lift_flat_variant}: the payload is read through the joined flat types and coerced back. */
    private static Val liftVariant(LiftLowerContext cx, FlatSource src, ValueType t) throws Trap {
        TypeLayout.Cases layout = cx.layouts().cases(t);
        long index = Integer.toUnsignedLong((int) src.next(FlatType.I32));
        if (index >= layout.caseCount()) {
            throw new Trap(TrapKind.COMPONENT_MODEL,
                    "discriminant " + index + " is out of range for " + TypeNames.of(t) + " with "
                    + layout.caseCount()
                    + " cases");
        }
        CoercingSource payloadSource = new CoercingSource(src, layout.flat());
        ValueType pt = VariantCases.payloadType(t, (int) index);
        Val payload = pt == null ? null : liftFlat(cx, payloadSource, pt);
        payloadSource.skipRest();
        return VariantCases.make(t, (int) index, payload);
    }

    /** The spec's {@code CoerceValueIter}: reads joined types, hands out the case's own types. */
    static final class CoercingSource implements FlatSource {
        private final FlatSource base;
        private final List<FlatType> joined;
        private int next = 1;

        CoercingSource(FlatSource base, List<FlatType> flatWithDiscriminant) {
            this.base = base;
            this.joined = flatWithDiscriminant;
        }

        @Override
        public long next(FlatType want) throws Trap {
            FlatType have = joined.get(next++);
            long x = base.next(have);
            if (have == want) {
                return x;
            }
            return switch (have) {
                case I32 -> x; // want f32: same bits
                case I64 -> want == FlatType.F64 ? x : (long) (int) x; // wrap to i32 (also for f32 bits)
                case F32, F64 -> throw new IllegalStateException("cannot coerce " + have + " to " + want);
            };
        }

        void skipRest() throws Trap {
            while (next < joined.size()) {
                base.next(joined.get(next++));
            }
        }
    }
}
