package dev.weft.runtime.link;

import dev.weft.error.InstantiationException;
import dev.weft.runtime.engine.CoreFuncType;
import dev.weft.runtime.engine.CoreValType;
import java.util.ArrayList;
import java.util.List;

/** Converts the validator's core function types into the engine's. */
final class CoreTypes {
    private CoreTypes() {
    }

    static CoreFuncType toEngine(dev.weft.component.types.CoreFuncType type) throws InstantiationException {
        return CoreFuncType.canonical(CoreFuncType.of(toEngine(type.params()), toEngine(type.results())));
    }

    private static List<CoreValType> toEngine(List<dev.weft.component.types.CoreValType> types)
            throws InstantiationException {
        List<CoreValType> out = new ArrayList<>(types.size());
        for (var t : types) {
            out.add(CoreValType.of(t).orElseThrow(() -> new InstantiationException("core value type " + t
                    + " is not supported by the engine")));
        }
        return out;
    }
}
