package dev.weft.runtime.abi;

import dev.weft.component.types.FuncType;
import dev.weft.runtime.resource.HostArgumentHandles;

/**
 * The planned parameter and result lists of one function type, cached by {@link TypeLayouts#codecs}, with the
 * number of core parameters its lowered (imported) form takes.
 */
record FuncCodecs(ValuesCodec params, ValuesCodec results, int loweredParamCount,
                  HostArgumentHandles argumentHandles) {
    static FuncCodecs plan(TypeLayouts layouts, FuncType type, FuncLayout f) {
        return new FuncCodecs(new ValuesCodec(layouts, f.params(), f.paramTuple(), f.flatParams().size()),
                new ValuesCodec(layouts, f.results(), f.resultTuple(), f.flatResults().size()),
                Flattening.loweredParamCount(f), HostArgumentHandles.of(type));
    }
}
