package dev.weft.runtime.abi;

import dev.weft.component.types.BorrowType;
import dev.weft.component.types.OwnType;
import dev.weft.component.types.ResourceType;
import dev.weft.component.types.ValueType;
import dev.weft.error.Trap;
import dev.weft.runtime.resource.ResourceHandles;
import dev.weft.value.ResourceVal;
import dev.weft.value.Val;

/** {@code own<R>} or {@code borrow<R>}: one i32 handle index. */
record HandleCodec(ValueType type, ResourceType resource, boolean own) implements ValueCodec {
    static HandleCodec of(OwnType t) {
        return new HandleCodec(t, t.resource(), true);
    }

    static HandleCodec of(BorrowType t) {
        return new HandleCodec(t, t.resource(), false);
    }

    @Override
    public Val liftFlat(LiftLowerContext cx, FlatSource src) throws Trap {
        if (own) {
            return new ResourceVal(ResourceHandles.liftOwn(cx.instance(), (int) src.next(FlatType.I32), resource),
                    true);
        }
        return new ResourceVal(ResourceHandles.liftBorrow(cx.instance(), cx.subtaskScope(),
                (int) src.next(FlatType.I32), resource), false);
    }

    @Override
    public void lowerFlat(LiftLowerContext cx, Val v, FlatWriter out) throws Trap {
        out.addI32(lower(cx, v));
    }

    @Override
    public Val load(LiftLowerContext cx, GuestMemory m, long ptr) throws Trap {
        if (own) {
            return new ResourceVal(ResourceHandles.liftOwn(cx.instance(), m.readI32(ptr), resource), true);
        }
        return new ResourceVal(ResourceHandles.liftBorrow(cx.instance(), cx.subtaskScope(), m.readI32(ptr),
                resource), false);
    }

    @Override
    public void store(LiftLowerContext cx, GuestMemory m, Val v, long ptr) throws Trap {
        m.writeI32(ptr, lower(cx, v));
    }

    private int lower(LiftLowerContext cx, Val v) throws Trap {
        if (own) {
            return ResourceHandles.lowerOwn(cx.instance(), ValueExpect.owned(type, v), resource);
        }
        return ResourceHandles.lowerBorrow(cx.instance(), cx.taskScope(), ValueExpect.borrowed(type, v), resource);
    }
}
