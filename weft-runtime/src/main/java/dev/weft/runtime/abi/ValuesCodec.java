package dev.weft.runtime.abi;

import dev.weft.component.types.TupleType;
import dev.weft.component.types.ValueType;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.value.Val;

import java.util.ArrayList;
import java.util.List;

/**
 * A planned parameter or result list: {@link FlatValues#lift} and {@link FlatValues#lower} with each value's
 * {@link ValueCodec} and the spill tuple's layout fixed in advance.
 */
final class ValuesCodec {
    private final ValueCodec[] codecs;
    private final TypeLayout.Fields tuple;
    private final int flatCount;

    ValuesCodec(TypeLayouts layouts, List<ValueType> types, TupleType tupleType, int flatCount) {
        this.codecs = ValueCodecs.all(layouts, types);
        // only a list that can spill needs its tuple layout (and the empty tuple has none)
        this.tuple = types.isEmpty() ? null : layouts.fields(tupleType);
        this.flatCount = flatCount;
    }

    int flatCount() {
        return flatCount;
    }

    int size() {
        return codecs.length;
    }

    /** {@code lift_flat_values}; the list is immutable when it holds fewer than three values. */
    List<Val> lift(LiftLowerContext cx, int maxFlat, FlatSource src) throws Trap {
        if (flatCount > maxFlat) {
            List<Val> out = new ArrayList<>(codecs.length);
            long ptr = Integer.toUnsignedLong((int) src.next(FlatType.I32));
            LiftLowerContext.checkAlignment(ptr, tuple.alignment(), "spilled values");
            cx.checkBounds(ptr, tuple.size(), "spilled values");
            GuestMemory m = cx.memory();
            for (int i = 0; i < codecs.length; i++) {
                out.add(codecs[i].load(cx, m, ptr + tuple.offset(i)));
            }
            return out;
        }
        switch (codecs.length) { // the common short lists without an ArrayList
            case 0 -> {
                return List.of();
            }
            case 1 -> {
                return List.of(codecs[0].liftFlat(cx, src));
            }
            case 2 -> {
                Val first = codecs[0].liftFlat(cx, src);
                return List.of(first, codecs[1].liftFlat(cx, src));
            }
            default -> {
                List<Val> out = new ArrayList<>(codecs.length);
                for (ValueCodec codec : codecs) {
                    out.add(codec.liftFlat(cx, src));
                }
                return out;
            }
        }
    }

    /**
     * {@code lower_flat_values}. When the values do not fit flat they are stored as a tuple at a pointer that is
     * either allocated (and appended to {@code out}) or, when {@code outParam} is non-null, read from it.
     */
    void lower(LiftLowerContext cx, int maxFlat, List<Val> values, FlatSource outParam, FlatWriter out)
            throws Trap {
        if (values.size() != codecs.length) {
            throw new Trap(TrapKind.HOST_FUNCTION, "expected " + codecs.length + " value(s), got " + values.size());
        }
        if (flatCount > maxFlat) {
            long ptr;
            if (outParam == null) {
                ptr = cx.allocate(tuple.alignment(), tuple.size());
                out.addI32((int) ptr);
            } else {
                ptr = Integer.toUnsignedLong((int) outParam.next(FlatType.I32));
            }
            LiftLowerContext.checkAlignment(ptr, tuple.alignment(), "spilled values");
            cx.checkBounds(ptr, tuple.size(), "spilled values");
            GuestMemory m = cx.memory();
            for (int i = 0; i < codecs.length; i++) {
                codecs[i].store(cx, m, values.get(i), ptr + tuple.offset(i));
            }
        } else {
            for (int i = 0; i < codecs.length; i++) {
                codecs[i].lowerFlat(cx, values.get(i), out);
            }
        }
    }
}
