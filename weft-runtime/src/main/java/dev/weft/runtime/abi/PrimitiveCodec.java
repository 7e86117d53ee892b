package dev.weft.runtime.abi;

import dev.weft.component.types.PrimitiveType;
import dev.weft.error.Trap;
import dev.weft.value.Val;

/** A primitive type (numbers, bool, char, string): the generic per-primitive code without the type dispatch. */
record PrimitiveCodec(PrimitiveType type) implements ValueCodec {
    @Override
    public Val liftFlat(LiftLowerContext cx, FlatSource src) throws Trap {
        return FlatLifter.liftPrimitive(cx, src, type);
    }

    @Override
    public void lowerFlat(LiftLowerContext cx, Val v, FlatWriter out) throws Trap {
        FlatLowerer.lowerPrimitive(cx, v, type, out);
    }

    @Override
    public Val load(LiftLowerContext cx, GuestMemory m, long ptr) throws Trap {
        return MemoryLoader.loadPrimitive(cx, m, ptr, type);
    }

    @Override
    public void store(LiftLowerContext cx, GuestMemory m, Val v, long ptr) throws Trap {
        MemoryStorer.storePrimitive(cx, m, v, type, ptr);
    }
}
