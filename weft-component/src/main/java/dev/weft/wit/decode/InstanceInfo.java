package dev.weft.wit.decode;

import dev.weft.component.ast.Component;
import dev.weft.component.ast.Instance;
import java.util.Map;

/** What the decoder knows about an entry of the top-level instance index space. */
sealed interface InstanceInfo {
    /** An imported interface: its exported types and functions by name. */
    record Imported(dev.weft.wit.resolve.InterfaceRef iface, Map<String, Slot> types, Map<String, Slot.Func> funcs)
            implements InstanceInfo {
    }

    /** {@code (instance (instantiate C (with ...)))}. */
    record Instantiated(Component component, Instance.Instantiate instantiate) implements InstanceInfo {
    }

    /** {@code (instance (export ...) ...)}. */
    record FromExports(Instance.FromExports instance) implements InstanceInfo {
    }

    record Unknown() implements InstanceInfo {
    }
}
