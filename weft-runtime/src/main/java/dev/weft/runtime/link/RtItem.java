package dev.weft.runtime.link;

import dev.weft.component.types.TypeDefinition;
import dev.weft.runtime.engine.CoreModule;
import dev.weft.value.Val;
import java.util.Map;

/** A component-level item at run time: what an index-space slot of an instantiated component holds. */
public sealed interface RtItem permits RtFunc, RtItem.Instance, RtItem.Module, RtItem.Type,
        RtItem.Value {

    /** A component instance: its exports by name. */
    record Instance(String name, Map<String, RtItem> exports) implements RtItem {
        public Instance {
            exports = Map.copyOf(exports);
        }
    }

    /** A compiled core module. */
    record Module(CoreModule module) implements RtItem {
    }

    /** A type: only resource types have run-time meaning; the others are carried for completeness. */
    record Type(TypeDefinition definition) implements RtItem {
    }

    record Value(Val value) implements RtItem {
    }
}
