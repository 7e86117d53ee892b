package dev.weft.runtime.abi;

/** The planned parameter and result lists of one function type, cached by {@link TypeLayouts#codecs}. */
record FuncCodecs(ValuesCodec params, ValuesCodec results) {
    static FuncCodecs plan(TypeLayouts layouts, FuncLayout f) {
        return new FuncCodecs(new ValuesCodec(layouts, f.params(), f.paramTuple(), f.flatParams().size()),
                new ValuesCodec(layouts, f.results(), f.resultTuple(), f.flatResults().size()));
    }
}
