package dev.weft.runtime.link;

import dev.weft.component.types.ResourceType;
import dev.weft.runtime.resource.Destructor;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The destructors one instantiation sees, by resource type (identity): the host's, shared read-only by every
 * instance of a prepared component, and those of the resource types the component tree defines, registered as
 * its instances are made. Only the second map is per instantiation, so an instantiation does not copy the host's.
 */
final class Destructors {
    private final Map<ResourceType, Destructor> host;
    /** Made on the first type the tree defines (most proxies define none). */
    private Map<ResourceType, Destructor> defined;

    /** @param host keyed by identity; not copied, must not change */
    Destructors(Map<ResourceType, Destructor> host) {
        this.host = host;
    }

    /** The destructor of {@code type}, or {@code null} when it has none. */
    Destructor get(ResourceType type) {
        Destructor d = defined == null ? null : defined.get(type);
        return d != null ? d : host.get(type);
    }

    /** The per-owner destructor of a resource type the component defines, created on first use. */
    DestructorsByOwner definedBy(ResourceType type) {
        if (defined == null) {
            defined = new IdentityHashMap<>();
        }
        return (DestructorsByOwner) defined.computeIfAbsent(type, t -> new DestructorsByOwner());
    }
}
