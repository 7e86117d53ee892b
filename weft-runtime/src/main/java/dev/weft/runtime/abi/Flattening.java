package dev.weft.runtime.abi;

import dev.weft.component.types.FuncType;
import dev.weft.runtime.engine.CoreFuncType;

import java.util.ArrayList;
import java.util.List;

/** {@code flatten_functype} for synchronous functions (32-bit memories). */
public final class Flattening {
    /** {@code MAX_FLAT_PARAMS}. */
    public static final int MAX_FLAT_PARAMS = 16;
    /** {@code MAX_FLAT_RESULTS}. */
    public static final int MAX_FLAT_RESULTS = 1;

    /** Whether the core function is the lifted callee ({@code canon lift}) or the lowered import. */
    public enum Context { LIFT, LOWER }

    /** A core function signature. */
    public record CoreSignature(List<FlatType> params, List<FlatType> results) {
        public CoreSignature {
            params = List.copyOf(params);
            results = List.copyOf(results);
        }

        /** The same signature as the engine's core function type. */
        public CoreFuncType toCoreFuncType() {
            return CoreFuncType.of(params.stream().map(FlatType::toCore).toList(),
                    results.stream().map(FlatType::toCore).toList());
        }
    }

    private Flattening() {
    }

    public static CoreSignature flattenFuncType(TypeLayouts layouts, FuncType ft, Context context) {
        FuncLayout f = layouts.function(ft);
        List<FlatType> params = f.flatParams();
        List<FlatType> results = f.flatResults();
        if (params.size() > MAX_FLAT_PARAMS) {
            params = List.of(FlatType.I32);
        }
        if (results.size() > MAX_FLAT_RESULTS) {
            switch (context) {
                case LIFT -> results = List.of(FlatType.I32);
                case LOWER -> {
                    List<FlatType> p = new ArrayList<>(params);
                    p.add(FlatType.I32);
                    params = p;
                    results = List.of();
                }
            }
        }
        return new CoreSignature(params, results);
    }

    /** {@code flattenFuncType(…, LOWER).params().size()} without building the signature. */
    static int loweredParamCount(FuncLayout f) {
        int params = f.flatParams().size() > MAX_FLAT_PARAMS ? 1 : f.flatParams().size();
        return f.flatResults().size() > MAX_FLAT_RESULTS ? params + 1 : params;
    }
}
