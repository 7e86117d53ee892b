package dev.weft.runtime.abi;

import dev.weft.component.types.ValueType;
import dev.weft.error.Trap;
import dev.weft.error.TrapKind;

/** Traps for value types whose runtime support (async: stream, future, error-context) is not built yet. */
final class Unsupported {
    private Unsupported() {
    }

    static Trap async(ValueType t) {
        return new Trap(TrapKind.COMPONENT_MODEL, "values of type " + TypeNames.of(t) + " (async) cannot be lifted or lowered yet");
    }
}
