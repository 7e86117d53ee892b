package dev.weft.runtime;

import dev.weft.runtime.link.RtFunc;
import dev.weft.runtime.link.RtItem;
import java.util.List;
import java.util.Optional;

/** An instantiated component: look up its exported functions and instances by name. */
public final class ComponentInstance {
    private final RtItem.Instance instance;

    ComponentInstance(RtItem.Instance instance) {
        this.instance = instance;
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
        return instance.exports().get(name) instanceof RtItem.Instance i ? Optional.of(new ComponentInstance(i))
                : Optional.empty();
    }
}
