package dev.weft.runtime.abi;

/**
 * The planned parameter and result lists of one function type, cached by {@link TypeLayouts#codecs}, with the
 * number of core parameters its lowered (imported) form takes.
 */
record FuncCodecs(ValuesCodec params, ValuesCodec results, int loweredParamCount) {
    static FuncCodecs plan(TypeLayouts layouts, FuncLayout f) {
        return new FuncCodecs(new ValuesCodec(layouts, f.params(), f.paramTuple(), f.flatParams().size()),
                new ValuesCodec(layouts, f.results(), f.resultTuple(), f.flatResults().size()),
                Flattening.loweredParamCount(f));
    }
}
