package dev.weft.bindings;

import dev.weft.error.Trap;
import dev.weft.runtime.HostResource;
import dev.weft.runtime.resource.HostRep;
import dev.weft.value.ResourceVal;
import dev.weft.value.Val;
import java.util.Objects;

/** Host-implemented resources in generated code: handles to and from the guest. */
public final class HostResources {
    private HostResources() {
    }

    /** A new owned handle for {@code value}. */
    public static <T> Val own(HostResource<T> resource, T value) {
        return resource.own(Objects.requireNonNull(value, () -> resource.type().displayName() + " value"));
    }

    /** A borrowed handle for {@code value}, valid for the call it is passed to. */
    public static <T> Val borrow(HostResource<T> resource, T value) {
        return new ResourceVal(new HostRep<>(resource.type(),
                Objects.requireNonNull(value, () -> resource.type().displayName() + " value")), false);
    }

    /** The Java object behind a handle the guest passed; a foreign handle throws (and traps the call). */
    public static <T> T get(HostResource<T> resource, Val handle) {
        try {
            return resource.get(handle);
        } catch (Trap trap) {
            throw new IllegalStateException(trap.getMessage(), trap);
        }
    }
}
