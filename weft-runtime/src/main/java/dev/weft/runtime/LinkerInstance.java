package dev.weft.runtime;

import dev.weft.component.types.FuncType;
import dev.weft.component.types.ResourceType;
import dev.weft.runtime.abi.HostFunction;
import java.util.Objects;
import java.util.Optional;

/** Defines host items inside one instance of a {@link Linker} (or its root). */
public final class LinkerInstance {
    private final HostDefinition.Instance instance;
    private final String path;

    LinkerInstance(HostDefinition.Instance instance, String path) {
        this.instance = instance;
        this.path = path;
    }

    /** A host function whose type is taken from the import it satisfies. */
    public LinkerInstance function(String name, HostFunction implementation) {
        return define(name, new HostDefinition.Function(Optional.empty(), Objects.requireNonNull(implementation)));
    }

    /** A host function of a declared type: linking fails if the import expects another type. */
    public LinkerInstance function(String name, FuncType type, HostFunction implementation) {
        return define(name, new HostDefinition.Function(Optional.of(type), Objects.requireNonNull(implementation)));
    }

    /** A resource type implemented by the host. */
    public LinkerInstance resource(String name, ResourceType type) {
        return define(name, new HostDefinition.Resource(Objects.requireNonNull(type), Optional.empty()));
    }

    /** A resource implemented by Java objects; its drop handler runs when the guest drops a handle. */
    public LinkerInstance resource(String name, HostResource<?> resource) {
        return define(name, new HostDefinition.Resource(resource.type(), Optional.of(resource)));
    }

    /** Offers the exports of an existing instance under {@code name}, for components that import it. */
    public LinkerInstance instance(String name, ComponentInstance exports) {
        return define(name, new HostDefinition.Existing(exports.item()));
    }

    /** Offers an exported function of an existing instance under {@code name}. */
    public LinkerInstance function(String name, ComponentFunction function) {
        return define(name, new HostDefinition.Existing(function.item()));
    }

    /** The nested instance {@code name}, created on first use. */
    public LinkerInstance instance(String name) {
        HostDefinition existing = instance.members().computeIfAbsent(name, n -> new HostDefinition.Instance());
        if (!(existing instanceof HostDefinition.Instance nested)) {
            throw new IllegalArgumentException(qualified(name) + " is already defined as something else");
        }
        return new LinkerInstance(nested, qualified(name));
    }

    private LinkerInstance define(String name, HostDefinition definition) {
        if (instance.members().putIfAbsent(name, definition) != null) {
            throw new IllegalArgumentException(qualified(name) + " is already defined");
        }
        return this;
    }

    private String qualified(String name) {
        return path.isEmpty() ? name : path + "#" + name;
    }
}
