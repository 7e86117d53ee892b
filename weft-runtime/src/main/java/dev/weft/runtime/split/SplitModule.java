package dev.weft.runtime.split;

/**
 * A module after {@link ModuleSplitter#split}.
 *
 * @param wasm       the module's bytes (the input itself when nothing needed splitting)
 * @param split      how many functions had regions outlined
 * @param outlined   how many functions were added (appended after the module's own)
 * @param globals    how many transfer globals were added (appended after the module's own)
 */
public record SplitModule(byte[] wasm, int split, int outlined, int globals) {}
