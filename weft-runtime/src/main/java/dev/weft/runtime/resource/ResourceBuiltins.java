package dev.weft.runtime.resource;

import dev.weft.component.types.ResourceType;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.value.ResourceHandle;

/** The canonical built-ins {@code resource.new}, {@code resource.rep} and {@code resource.drop}. */
public final class ResourceBuiltins {
    private ResourceBuiltins() {
    }

    /** {@code canon resource.new rt}: a new own handle in {@code inst} for the component-defined rep. */
    public static int resourceNew(InstanceState inst, ResourceType type, int rep) throws Trap {
        inst.checkMayLeave("resource.new");
        return inst.handles().add(ResourceHandleEntry.owned(type, new GuestRep(type, inst, rep)));
    }

    /** {@code canon resource.rep rt}: the i32 rep behind handle {@code index}. */
    public static int resourceRep(InstanceState inst, ResourceType type, int index) throws Trap {
        ResourceHandleEntry h = ResourceHandles.resourceEntry(inst, index, type, "resource.rep:");
        return switch (h.rep()) {
            case GuestRep g -> g.rep();
            default -> throw new Trap(TrapKind.COMPONENT_MODEL,
                    "resource.rep: handle " + Integer.toUnsignedString(index) + " of " + type
                    + " is not implemented by a component");
        };
    }

    /**
     * {@code canon resource.drop rt}: removes handle {@code index}; dropping an own handle runs the destructor
     * (if any), dropping a borrow ends it in its call's scope.
     *
     * @param destructor the resource type's destructor, or {@code null} if it has none
     */
    public static void resourceDrop(InstanceState inst, ResourceType type, int index, Destructor destructor)
            throws Trap {
        inst.checkMayLeave("resource.drop");
        ResourceHandleEntry h = ResourceHandles.resourceEntry(inst, index, type, "resource.drop:");
        if (h.numLends() != 0) {
            throw new Trap(TrapKind.COMPONENT_MODEL,
                    "resource.drop: own handle " + Integer.toUnsignedString(index) + " of " + type
                    + " is still lent out " + h.numLends() + " time(s)");
        }
        inst.handles().remove(index);
        if (h.own()) {
            if (destructor != null) {
                destructor.destroy(inst, h.rep());
            }
        } else {
            h.borrowScope().borrowDropped();
        }
    }

    /** Drops an own handle the host received (a {@link ResourceHandle} it owns), running the destructor. */
    public static void hostDrop(ResourceHandle rep, Destructor destructor) throws Trap {
        if (rep instanceof GuestRep g) {
            g.owner().claimOwn(g, "drop");
        }
        if (destructor != null) {
            destructor.destroy(null, rep);
        }
    }
}
