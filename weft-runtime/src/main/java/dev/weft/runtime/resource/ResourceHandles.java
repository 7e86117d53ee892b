package dev.weft.runtime.resource;

import dev.weft.component.types.ResourceType;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.value.ResourceHandle;

/**
 * Moving resource handles across the boundary (CanonicalABI.md {@code lift_own}, {@code lift_borrow},
 * {@code lower_own}, {@code lower_borrow}).
 */
public final class ResourceHandles {
    private ResourceHandles() {
    }

    /** {@code lift_own}: removes own handle {@code index} of {@code type} from {@code inst}'s table. */
    public static ResourceHandle liftOwn(InstanceState inst, int index, ResourceType type) throws Trap {
        ResourceHandleEntry h = resourceEntry(inst, index, type, "own");
        if (h.numLends() != 0) {
            throw new Trap(TrapKind.COMPONENT_MODEL,
                    "cannot transfer own handle " + Integer.toUnsignedString(index) + " of " + type
                    + ": it is lent out " + h.numLends() + " time(s)");
        }
        if (!h.own()) {
            throw new Trap(TrapKind.COMPONENT_MODEL, "handle " + Integer.toUnsignedString(index) + " of " + type
                    + " is a borrow, an own handle was expected");
        }
        inst.handles().remove(index);
        if (h.rep() instanceof GuestRep g) {
            g.owner().ownLeftTable(g);
        }
        return h.rep();
    }

    /** {@code lift_borrow}: reads handle {@code index} of {@code type} and lends it for the call. */
    public static ResourceHandle liftBorrow(InstanceState inst, SubtaskScope scope, int index, ResourceType type)
            throws Trap {
        ResourceHandleEntry h = resourceEntry(inst, index, type, "borrow");
        scope.addLender(h);
        return h.rep();
    }

    /** {@code lower_own}: adds a new own handle for {@code rep} to {@code inst}'s table. */
    public static int lowerOwn(InstanceState inst, ResourceHandle rep, ResourceType type) throws Trap {
        checkRepType(rep, type);
        if (rep instanceof GuestRep g) {
            g.owner().claimOwn(g, "own<" + type.debugName() + "> passed to a component");
        }
        return inst.handles().add(ResourceHandleEntry.owned(type, rep));
    }

    /**
     * {@code lower_borrow}: inside the implementing instance a borrow is just the rep; elsewhere a borrow handle
     * scoped to the current call.
     */
    public static int lowerBorrow(InstanceState inst, TaskScope scope, ResourceHandle rep, ResourceType type)
            throws Trap {
        checkRepType(rep, type);
        if (rep instanceof GuestRep g && g.owner() == inst) {
            return g.rep();
        }
        int i = inst.handles().add(ResourceHandleEntry.borrowed(type, rep, scope));
        scope.borrowAdded();
        return i;
    }

    static ResourceHandleEntry resourceEntry(InstanceState inst, int index, ResourceType type, String what)
            throws Trap {
        HandleElement e = inst.handles().get(index);
        return switch (e) {
            case ResourceHandleEntry h -> {
                if (!h.type().equals(type)) {
                    throw new Trap(TrapKind.COMPONENT_MODEL,
                            what + " handle " + Integer.toUnsignedString(index) + " has type " + h.type()
                            + ", expected " + type);
                }
                yield h;
            }
        };
    }

    private static void checkRepType(ResourceHandle rep, ResourceType type) throws Trap {
        if (rep == null) {
            throw new Trap(TrapKind.HOST_FUNCTION, "missing resource value for " + type);
        }
        if (!rep.type().equals(type)) {
            throw new Trap(TrapKind.HOST_FUNCTION,
                    "resource value of " + rep.type() + " passed where " + type + " is expected");
        }
    }
}
