package dev.weft.runtime.resource;

import dev.weft.component.types.ResourceType;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.value.ResourceVal;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The destructors of resource types (the spec's {@code ResourceType.dtor}), registered by the linker when it
 * defines a resource type: {@link GuestDestructor} for component-defined types, a lambda for host-defined ones.
 * Keyed by type identity; thread-safe.
 */
public final class ResourceDestructors {
    private final Map<ResourceType, Destructor> destructors = new IdentityHashMap<>();

    public synchronized void register(ResourceType type, Destructor destructor) {
        destructors.put(type, destructor);
    }

    /** The destructor of {@code type}, or {@code null} if it has none. */
    public synchronized Destructor find(ResourceType type) {
        return destructors.get(type);
    }

    /** {@code canon resource.drop} with the registered destructor of {@code type}. */
    public void resourceDrop(InstanceState inst, ResourceType type, int index) throws Trap {
        ResourceBuiltins.resourceDrop(inst, type, index, find(type));
    }

    /** The host drops an own resource value it holds (e.g. one returned by an export): runs the destructor. */
    public void hostDrop(ResourceVal value) throws Trap {
        if (!value.owned()) {
            throw new Trap(TrapKind.HOST_FUNCTION,
                    "the host cannot drop a borrowed " + value.handle().type() + "; only owned values");
        }
        ResourceBuiltins.hostDrop(value.handle(), find(value.handle().type()));
    }
}
