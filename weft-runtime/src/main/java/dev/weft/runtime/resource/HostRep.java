package dev.weft.runtime.resource;

import dev.weft.component.types.ResourceType;
import dev.weft.value.ResourceHandle;

import java.util.Objects;

/**
 * The representation of a host-implemented resource: a Java object. Guests only ever see table indices for it.
 *
 * @param <T> the host's representation type
 */
public record HostRep<T>(ResourceType type, T value) implements ResourceHandle {
    public HostRep {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }
}
