package dev.weft.runtime.link;

import dev.weft.error.Trap;
import dev.weft.runtime.resource.Destructor;
import dev.weft.runtime.resource.GuestRep;
import dev.weft.runtime.resource.InstanceState;
import dev.weft.value.ResourceHandle;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The destructor of one resource definition across all instances of its component: each instance has its own
 * core destructor, chosen by the instance that created the representation.
 */
final class DestructorsByOwner implements Destructor {
    private final Map<InstanceState, Destructor> byOwner = new ConcurrentHashMap<>();

    void register(InstanceState owner, Destructor destructor) {
        byOwner.put(owner, destructor);
    }

    @Override
    public void destroy(InstanceState caller, ResourceHandle rep) throws Trap {
        if (rep instanceof GuestRep guest) {
            Destructor destructor = byOwner.get(guest.owner());
            if (destructor != null) {
                destructor.destroy(caller, rep);
            }
        }
    }
}
