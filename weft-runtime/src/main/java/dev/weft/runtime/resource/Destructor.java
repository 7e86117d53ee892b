package dev.weft.runtime.resource;

import dev.weft.error.Trap;
import dev.weft.value.ResourceHandle;

/** Runs a resource type's destructor for a representation when its own handle is dropped. */
@FunctionalInterface
public interface Destructor {
    /**
     * @param caller the instance dropping the handle, or {@code null} when the host drops it
     * @param rep the representation being destroyed
     */
    void destroy(InstanceState caller, ResourceHandle rep) throws Trap;
}
