package dev.weft.runtime.resource;

import dev.weft.component.types.ResourceType;
import dev.weft.value.ResourceHandle;

/**
 * The representation of a resource defined by a component: the i32 passed to {@code resource.new} in the
 * implementing instance {@code owner}.
 */
public record GuestRep(ResourceType type, InstanceState owner, int rep) implements ResourceHandle {
    @Override
    public String toString() {
        return "GuestRep[" + type.displayName() + " rep=" + Integer.toUnsignedString(rep) + "]";
    }
}
