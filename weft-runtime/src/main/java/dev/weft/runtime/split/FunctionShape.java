package dev.weft.runtime.split;

import dev.weft.runtime.wasm.TypeSection;
import dev.weft.runtime.wasm.WasmReader;

/**
 * One function body's frame: the type of every local (parameters first), where its instructions start, and its
 * results.
 *
 * @param locals    value type of each local ({@link ValTypes#UNSUPPORTED} for types a region cannot carry)
 * @param codeStart offset of the first instruction
 * @param end       offset just past the body's final {@code end}
 * @param results   the function's result types
 */
record FunctionShape(int[] locals, int codeStart, int end, int[] results) {

    /** Functions with more locals than this are left as they are. */
    static final long MAX_LOCALS = 50_000;

    /** The frame of the body at {@code [from, to)}, or null when it has over {@link #MAX_LOCALS} locals. */
    static FunctionShape of(byte[] wasm, int from, int to, TypeSection.FuncType type) {
        var r = new WasmReader(wasm, from, to);
        int groups = r.u32();
        int[] params = ValTypes.decode(type.params(), type.paramCount());
        long total = params.length;
        int[] counts = new int[groups];
        int[] types = new int[groups];
        for (int i = 0; i < groups; i++) {
            counts[i] = r.u32();
            total += Integer.toUnsignedLong(counts[i]);
            types[i] = ValTypes.read(r);
        }
        if (total > MAX_LOCALS) {
            return null;
        }
        int[] locals = new int[(int) total];
        System.arraycopy(params, 0, locals, 0, params.length);
        int at = params.length;
        for (int i = 0; i < groups; i++) {
            java.util.Arrays.fill(locals, at, at + counts[i], types[i]);
            at += counts[i];
        }
        return new FunctionShape(locals, r.pos(), to, ValTypes.decode(type.results(), type.resultCount()));
    }
}
