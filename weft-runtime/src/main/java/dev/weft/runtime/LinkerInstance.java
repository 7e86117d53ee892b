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
    private final Linker owner;

    LinkerInstance(HostDefinition.Instance instance, String path, Linker owner) {
        this.instance = instance;
        this.path = path;
        this.owner = owner;
    }

    /** A host function whose type is taken from the import it satisfies. */
    public LinkerInstance function(String name, HostFunction implementation) {
        return define(name, new HostDefinition.Function(Optional.empty(), Objects.requireNonNull(implementation)));
    }

    /** A host function of a declared type: linking fails if the import expects another type. */
    public LinkerInstance function(String name, FuncType type, HostFunction implementation) {
        return define(name, new HostDefinition.Function(Optional.of(type), Objects.requireNonNull(implementation)));
    }

    /**
     * A resource type implemented by the host. Messages name it by where it is first defined
     * ({@code wasi:http/types@0.2.12#fields}) unless it has such a name already.
     */
    public LinkerInstance resource(String name, ResourceType type) {
        define(name, new HostDefinition.Resource(Objects.requireNonNull(type), Optional.empty()));
        type.nameIfUnnamed(qualified(name));
        return this;
    }

    /** A resource implemented by Java objects; its drop handler runs when the guest drops a handle. */
    public LinkerInstance resource(String name, HostResource<?> resource) {
        define(name, new HostDefinition.Resource(resource.type(), Optional.of(resource)));
        resource.type().nameIfUnnamed(qualified(name));
        return this;
    }

    /**
     * A core module, for components that import one (e.g. {@code (import "m" (core module ...))}): linking checks
     * that it has every export the import's type names (same kinds, same function types) and imports nothing the
     * type does not list. Compile it with {@link Engine#compileModule} of the engine that prepares the component.
     */
    public LinkerInstance module(String name, dev.weft.runtime.engine.CoreModule module) {
        return define(name, new HostDefinition.Module(Objects.requireNonNull(module)));
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
        if (existing instanceof HostDefinition.Instance nested) {
            return new LinkerInstance(nested, qualified(name), owner);
        }
        if (!owner.shadowing()) {
            throw new IllegalArgumentException(qualified(name) + " is already defined as something else");
        }
        HostDefinition.Instance replacement = new HostDefinition.Instance();
        instance.members().put(name, replacement);
        return new LinkerInstance(replacement, qualified(name), owner);
    }

    private LinkerInstance define(String name, HostDefinition definition) {
        if (owner.shadowing()) {
            instance.members().put(name, definition);
        } else if (instance.members().putIfAbsent(name, definition) != null) {
            throw new IllegalArgumentException(qualified(name) + " is already defined");
        }
        return this;
    }

    private String qualified(String name) {
        return path.isEmpty() ? name : path + "#" + name;
    }
}
