package dev.weft.runtime.resource;

import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.value.ResourceHandle;

import java.util.Objects;

/**
 * The destructor of a component-defined resource: the core function given in {@code (resource (rep i32)
 * (dtor f))}, run in the implementing instance with the spec's entry checks ({@code Store.lift}:
 * trap unless the instance may be entered from the caller).
 */
public record GuestDestructor(InstanceState implementation, CoreDtor function) implements Destructor {
    /** The core destructor function {@code [i32] -> []}. */
    @FunctionalInterface
    public interface CoreDtor {
        void call(int rep) throws Trap;
    }

    public GuestDestructor {
        Objects.requireNonNull(implementation, "implementation");
        Objects.requireNonNull(function, "function");
    }

    @Override
    public void destroy(InstanceState caller, ResourceHandle rep) throws Trap {
        if (!(rep instanceof GuestRep g) || g.owner() != implementation) {
            throw new Trap(TrapKind.COMPONENT_MODEL,
                    "destructor of " + implementation.name() + " called with a foreign representation " + rep);
        }
        implementation.checkEnterFrom(caller);
        implementation.enterFrom(caller);
        function.call(g.rep()); // a trap leaves the implementation entered: it cannot be entered again
        implementation.leaveTo(caller);
    }
}
