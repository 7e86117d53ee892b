package dev.weft.runtime.abi;

import dev.weft.component.types.ValueType;
import dev.weft.error.Trap;
import dev.weft.value.Val;

import java.util.List;

/** A record or tuple: its fields' codecs and byte offsets. */
record FieldsCodec(ValueType type, ValueCodec[] fields, int[] offsets) implements ValueCodec {
    @Override
    public Val liftFlat(LiftLowerContext cx, FlatSource src) throws Trap {
        Val[] values = new Val[fields.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = fields[i].liftFlat(cx, src);
        }
        return RecordFields.make(type, values);
    }

    @Override
    public void lowerFlat(LiftLowerContext cx, Val v, FlatWriter out) throws Trap {
        List<Val> values = RecordFields.values(type, v);
        for (int i = 0; i < values.size(); i++) {
            fields[i].lowerFlat(cx, values.get(i), out);
        }
    }

    @Override
    public Val load(LiftLowerContext cx, GuestMemory m, long ptr) throws Trap {
        Val[] values = new Val[fields.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = fields[i].load(cx, m, ptr + offsets[i]);
        }
        return RecordFields.make(type, values);
    }

    @Override
    public void store(LiftLowerContext cx, GuestMemory m, Val v, long ptr) throws Trap {
        List<Val> values = RecordFields.values(type, v);
        for (int i = 0; i < values.size(); i++) {
            fields[i].store(cx, m, values.get(i), ptr + offsets[i]);
        }
    }
}
