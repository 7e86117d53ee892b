package dev.weft.runtime.link;

import dev.weft.component.types.FuncType;
import dev.weft.error.Trap;
import dev.weft.runtime.abi.CanonLift;
import dev.weft.runtime.resource.HostArgumentHandles;
import dev.weft.runtime.resource.InstanceState;
import dev.weft.value.Val;
import java.util.List;

/** A function lifted by {@code instance} from one of its core functions. */
record LiftedFunc(FuncType type, CanonLift lift, InstanceState instance) implements RtFunc {
    @Override
    public List<Val> call(InstanceState caller, List<Val> args) throws Trap {
        return lift.call(caller, args);
    }

    @Override
    public InstanceState liftedBy() {
        return instance;
    }

    @Override
    public HostArgumentHandles argumentHandles() {
        return lift.argumentHandles();
    }
}
