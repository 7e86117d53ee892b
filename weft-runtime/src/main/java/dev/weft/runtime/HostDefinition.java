package dev.weft.runtime;

import dev.weft.component.types.FuncType;
import dev.weft.component.types.ResourceType;
import dev.weft.runtime.abi.HostFunction;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What a {@link Linker} holds under a name. */
sealed interface HostDefinition {

    /** A host function; with a declared type it is checked against the import, without it takes the import's. */
    record Function(Optional<FuncType> declaredType, HostFunction implementation) implements HostDefinition {
    }

    /** A host instance: named definitions, in order. */
    record Instance(Map<String, HostDefinition> members) implements HostDefinition {
        Instance() {
            this(new LinkedHashMap<>());
        }
    }

    /** An item of an existing component instance (an export re-offered to later components). */
    record Existing(dev.weft.runtime.link.RtItem item) implements HostDefinition {
    }

    /** A core module the host offers (compiled by an {@link Engine}). */
    record Module(dev.weft.runtime.engine.CoreModule module) implements HostDefinition {
    }

    /** A resource type implemented by the host. */
    record Resource(ResourceType type, Optional<HostResource<?>> implementation) implements HostDefinition {
    }
}
