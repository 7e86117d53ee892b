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
        return lowerOwn(inst, rep, type, null);
    }

    /** {@code lower_own} of an argument of {@code callee} (a function name for messages, or {@code null}). */
    public static int lowerOwn(InstanceState inst, ResourceHandle rep, ResourceType type, String callee)
            throws Trap {
        checkRepType(rep, type);
        checkAllowed(inst, rep, type, true, false, callee);
        if (rep instanceof GuestRep g) {
            g.owner().claimOwn(g, "own<" + type.displayName() + "> passed to a component");
        }
        return inst.handles().add(ResourceHandleEntry.owned(type, rep));
    }

    /**
     * {@code lower_borrow}: inside the implementing instance a borrow is just the rep; elsewhere a borrow handle
     * scoped to the current call.
     */
    public static int lowerBorrow(InstanceState inst, TaskScope scope, ResourceHandle rep, ResourceType type)
            throws Trap {
        return lowerBorrow(inst, scope, rep, type, false, null);
    }

    /**
     * {@code lower_borrow}; with {@code fromHost} (a value the host passes to an export it calls) a borrow of a
     * component-implemented resource must be of an own value the host still holds: one it has dropped or moved
     * into a call is refused. {@code callee} names the function the value is an argument of (or is {@code null}).
     */
    public static int lowerBorrow(InstanceState inst, TaskScope scope, ResourceHandle rep, ResourceType type,
            boolean fromHost, String callee) throws Trap {
        checkRepType(rep, type);
        checkAllowed(inst, rep, type, false, fromHost, callee);
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
            case AsyncElement a -> throw new Trap(TrapKind.COMPONENT_MODEL, what + " handle "
                    + Integer.toUnsignedString(index) + " is a " + a.describe() + ", not a resource handle");
        };
    }

    /**
     * Why {@code rep} may not be lowered as an {@code own}/{@code borrow} ({@code owned}) of {@code type} into
     * {@code inst} ({@code fromHost}: the host passes it to a function {@code inst} lifted), or {@code null} if it
     * may. Resource types are generative: a handle made by one
     * instance of a component is not of the type another instance of the same component defines, though both come
     * from one validated definition; and the host can lend only an own value it still holds.
     */
    public static String refusal(InstanceState inst, ResourceHandle rep, ResourceType type, boolean owned,
            boolean fromHost) {
        if (!(rep instanceof GuestRep g)) {
            return null;
        }
        String kind = owned ? "own" : "borrow";
        InstanceState definer = inst.resourceOrigins().definer(type, inst);
        if (definer != null && definer != g.owner()) {
            return kind + "<" + type.displayName() + "> of instance " + g.owner().name() + " passed to instance "
                    + inst.name() + ", which expects its own " + type.displayName() + " (defined by instance "
                    + definer.name() + "): resource types are generative, each instance of a component defining one "
                    + "has a distinct type";
        }
        if (!owned && fromHost && !g.owner().ownedOutsideTables(g)) {
            return "borrow<" + type.displayName() + "> passed to instance " + inst.name() + ": the owned "
                    + type.displayName() + " (rep " + Integer.toUnsignedString(g.rep()) + ") it borrows was already "
                    + "dropped or given to a component; the host can lend only a resource it still owns";
        }
        return null;
    }

    private static void checkAllowed(InstanceState inst, ResourceHandle rep, ResourceType type, boolean owned,
            boolean fromHost, String callee) throws Trap {
        String refusal = refusal(inst, rep, type, owned, fromHost);
        if (refusal != null) {
            throw new Trap(TrapKind.HOST_FUNCTION, prefix(callee) + refusal);
        }
    }

    private static String prefix(String callee) {
        return callee == null ? "" : "argument of " + callee + ": ";
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
