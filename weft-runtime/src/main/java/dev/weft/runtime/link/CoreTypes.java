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
        return CoreFuncType.of(toEngine(type.params()), toEngine(type.results()));
    }

    private static List<CoreValType> toEngine(List<dev.weft.component.types.CoreValType> types)
            throws InstantiationException {
        List<CoreValType> out = new ArrayList<>(types.size());
        for (var t : types) {
            out.add(switch (t) {
                case I32 -> CoreValType.I32;
                case I64 -> CoreValType.I64;
                case F32 -> CoreValType.F32;
                case F64 -> CoreValType.F64;
                case V128 -> CoreValType.V128;
                case FUNCREF -> CoreValType.FUNCREF;
                case EXTERNREF -> CoreValType.EXTERNREF;
                case EXNREF, ANYREF, EQREF, I31REF, STRUCTREF, ARRAYREF, NULLREF, NULLFUNCREF, NULLEXTERNREF,
                     TYPED_REF -> throw new InstantiationException("core value type " + t
                        + " is not supported by the engine");
            });
        }
        return out;
    }
}
