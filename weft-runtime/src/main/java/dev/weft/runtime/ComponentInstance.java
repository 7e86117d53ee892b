package dev.weft.runtime;

import dev.weft.runtime.link.RtFunc;
import dev.weft.runtime.link.RtItem;
import dev.weft.component.types.ResourceType;
import dev.weft.error.Trap;
import dev.weft.runtime.resource.Destructor;
import dev.weft.runtime.resource.ResourceBuiltins;
import dev.weft.value.ResourceVal;
import java.util.List;
import java.util.function.Function;
import java.util.Optional;

/** An instantiated component: look up its exported functions and instances by name. */
public final class ComponentInstance {
    private final RtItem.Instance instance;
    private final Function<ResourceType, Destructor> destructors;

    ComponentInstance(RtItem.Instance instance, Function<ResourceType, Destructor> destructors) {
        this.instance = instance;
        this.destructors = destructors;
    }

    ComponentInstance(RtItem.Instance instance) {
        this(instance, type -> null);
    }

    /**
     * Drops an owned resource handle that an export returned to the host, running the resource's destructor in
     * the instance that implements it (as {@code resource.drop} would).
     *
     * @throws Trap if the value is borrowed or the destructor traps
     */
    public void drop(ResourceVal resource) throws Trap {
        if (!resource.owned()) {
            throw new Trap("the host cannot drop a borrowed " + resource.handle().type() + "; only owned values");
        }
        ResourceBuiltins.hostDrop(resource.handle(), destructors.apply(resource.handle().type()));
    }

    RtItem.Instance item() {
        return instance;
    }

    /** Names of the exports, in order. */
    public List<String> exportNames() {
        return List.copyOf(instance.exports().keySet());
    }

    /** The exported function {@code name}. */
    public Optional<ComponentFunction> function(String name) {
        return instance.exports().get(name) instanceof RtFunc f ? Optional.of(new ComponentFunction(name, f))
                : Optional.empty();
    }

    /** The function {@code name} exported by the exported instance {@code instanceName}. */
    public Optional<ComponentFunction> function(String instanceName, String name) {
        return instance(instanceName).flatMap(i -> i.function(name));
    }

    /** The exported instance {@code name}. */
    public Optional<ComponentInstance> instance(String name) {
        return instance.exports().get(name) instanceof RtItem.Instance i
                ? Optional.of(new ComponentInstance(i, destructors)) : Optional.empty();
    }
}
