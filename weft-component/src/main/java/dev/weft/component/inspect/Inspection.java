package dev.weft.component.inspect;

import dev.weft.component.ast.Component;
import dev.weft.component.types.ComponentType;
import dev.weft.component.types.CoreModuleType;

/** What {@link Inspector} learned about a binary: a validated component or a core module. */
public sealed interface Inspection {
    long size();

    /** A component: its resolved type (imports, exports) and its decoded structure. */
    record OfComponent(long size, ComponentType type, Component ast) implements Inspection {
    }

    /** A core module (layer 0): its imports and exports. */
    record OfCoreModule(long size, CoreModuleType type) implements Inspection {
    }
}
