package dev.weft.runtime.abi;

import dev.weft.component.types.ValueType;
import dev.weft.error.Trap;
import dev.weft.value.Val;

/** The generic code itself, for the types not worth a plan of their own (flags, maps, fixed lists, async types). */
record GenericCodec(ValueType type) implements ValueCodec {
    @Override
    public Val liftFlat(LiftLowerContext cx, FlatSource src) throws Trap {
        return FlatLifter.liftFlat(cx, src, type);
    }

    @Override
    public void lowerFlat(LiftLowerContext cx, Val v, FlatWriter out) throws Trap {
        FlatLowerer.lowerFlat(cx, v, type, out);
    }

    @Override
    public Val load(LiftLowerContext cx, GuestMemory m, long ptr) throws Trap {
        return MemoryLoader.load(cx, ptr, type);
    }

    @Override
    public void store(LiftLowerContext cx, GuestMemory m, Val v, long ptr) throws Trap {
        MemoryStorer.store(cx, v, type, ptr);
    }
}
