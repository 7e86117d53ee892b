package dev.weft.runtime.link;

import dev.weft.component.types.FuncType;
import dev.weft.error.Trap;
import dev.weft.runtime.resource.HostArgumentHandles;
import dev.weft.runtime.resource.InstanceState;
import dev.weft.value.Val;
import java.util.List;

/** A component function: lifted from a core function, or defined by the host. */
public non-sealed interface RtFunc extends RtItem {
    FuncType type();

    /**
     * Calls the function. {@code caller} is the component instance whose lowered import makes the call, or
     * {@code null} when the host calls it directly.
     */
    List<Val> call(InstanceState caller, List<Val> args) throws Trap;

    /**
     * This function as a {@link dev.weft.runtime.abi.HostFunction} for {@code caller}'s lowered import: calls
     * {@link #call(InstanceState, List)} with {@code caller}. A function that does not depend on its caller may
     * return its implementation itself, saving a hop per call.
     */
    default dev.weft.runtime.abi.HostFunction calledFrom(InstanceState caller) {
        return args -> call(caller, args);
    }

    /** The component instance that lifted this function (whose handle table its arguments go to), or null. */
    default InstanceState liftedBy() {
        return null;
    }

    /** Which parameters can hold handles the {@link #liftedBy()} instance checks (see {@link HostArgumentHandles}). */
    default HostArgumentHandles argumentHandles() {
        return HostArgumentHandles.of(type());
    }
}
