package dev.weft.runtime;

import dev.weft.component.types.ResourceType;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.runtime.resource.Destructor;
import dev.weft.runtime.resource.HostRep;
import dev.weft.value.ResourceVal;
import java.util.Objects;

/**
 * A resource type implemented by the host: each handle the guest holds stands for a Java object of type {@code T}.
 * Define it in a {@link Linker} with {@link LinkerInstance#resource(String, HostResource)}; host functions
 * return {@link #own(Object)} handles and read {@link #get(ResourceVal)} from the handles they receive. When the
 * guest drops its last handle, {@code onDrop} runs with the object.
 */
public final class HostResource<T> {
    /** Called when the guest drops a handle it owns. */
    @FunctionalInterface
    public interface DropHandler<T> {
        void dropped(T value) throws Trap;
    }

    private final ResourceType type;
    private final Class<T> representation;
    private final DropHandler<T> onDrop;

    private HostResource(String name, Class<T> representation, DropHandler<T> onDrop) {
        this.type = new ResourceType(name);
        this.representation = Objects.requireNonNull(representation, "representation");
        this.onDrop = Objects.requireNonNull(onDrop, "onDrop");
    }

    public static <T> HostResource<T> of(String name, Class<T> representation, DropHandler<T> onDrop) {
        return new HostResource<>(name, representation, onDrop);
    }

    public static <T> HostResource<T> of(String name, Class<T> representation) {
        return new HostResource<>(name, representation, value -> {
        });
    }

    public ResourceType type() {
        return type;
    }

    /** A new owned handle for {@code value}, to return to the guest. */
    public ResourceVal own(T value) {
        return new ResourceVal(new HostRep<>(type, Objects.requireNonNull(value, "value")), true);
    }

    /** The object behind a handle (own or borrow) of this resource type. */
    public T get(dev.weft.value.Val handle) throws Trap {
        if (handle instanceof ResourceVal resource && resource.handle() instanceof HostRep<?> rep
                && rep.type() == type) {
            return representation.cast(rep.value());
        }
        throw new Trap(TrapKind.HOST_FUNCTION, "expected a handle of resource " + type.displayName() + ", got " + handle);
    }

    Destructor destructor() {
        return (caller, rep) -> {
            if (rep instanceof HostRep<?> host && host.type() == type) {
                onDrop.dropped(representation.cast(host.value()));
            }
        };
    }
}
