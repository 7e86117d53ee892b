package dev.weft.runtime.abi;

import dev.weft.component.types.TupleType;
import dev.weft.component.types.ValueType;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.value.Val;

import java.util.ArrayList;
import java.util.List;

/**
 * Lifting and lowering a whole parameter or result list (CanonicalABI.md {@code lift_flat_values},
 * {@code lower_flat_values}): flat when it fits in {@code maxFlat} core values, else through memory as a tuple.
 */
public final class FlatValues {
    private FlatValues() {
    }

    /** {@code lift_flat_values}. */
    public static List<Val> lift(LiftLowerContext cx, int maxFlat, FlatSource src, List<ValueType> types,
                                 TupleType tuple, int flatCount) throws Trap {
        List<Val> out = new ArrayList<>(types.size());
        if (flatCount > maxFlat) {
            long ptr = Integer.toUnsignedLong((int) src.next(FlatType.I32));
            TypeLayout.Fields layout = cx.layouts().fields(tuple);
            LiftLowerContext.checkAlignment(ptr, layout.alignment(), "spilled values");
            cx.checkBounds(ptr, layout.size(), "spilled values");
            for (int i = 0; i < types.size(); i++) {
                out.add(MemoryLoader.load(cx, ptr + layout.offset(i), types.get(i)));
            }
        } else {
            for (ValueType t : types) {
                out.add(FlatLifter.liftFlat(cx, src, t));
            }
        }
        return out;
    }

    /**
     * {@code lower_flat_values}. When the values do not fit flat they are stored as a tuple at a pointer that is
     * either allocated (and appended to {@code out}) or, when {@code outParam} is non-null, read from it.
     */
    public static void lower(LiftLowerContext cx, int maxFlat, List<Val> values, List<ValueType> types,
                             TupleType tuple, int flatCount, FlatSource outParam, FlatWriter out) throws Trap {
        if (values.size() != types.size()) {
            throw new Trap(TrapKind.HOST_FUNCTION, "expected " + types.size() + " value(s), got " + values.size());
        }
        if (flatCount > maxFlat) {
            TypeLayout.Fields layout = cx.layouts().fields(tuple);
            long ptr;
            if (outParam == null) {
                ptr = cx.allocate(layout.alignment(), layout.size());
                out.addI32((int) ptr);
            } else {
                ptr = Integer.toUnsignedLong((int) outParam.next(FlatType.I32));
            }
            LiftLowerContext.checkAlignment(ptr, layout.alignment(), "spilled values");
            cx.checkBounds(ptr, layout.size(), "spilled values");
            for (int i = 0; i < types.size(); i++) {
                MemoryStorer.store(cx, values.get(i), types.get(i), ptr + layout.offset(i));
            }
        } else {
            for (int i = 0; i < types.size(); i++) {
                FlatLowerer.lowerFlat(cx, values.get(i), types.get(i), out);
            }
        }
    }
}
