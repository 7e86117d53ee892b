package dev.weft.runtime.split;

import dev.weft.runtime.wasm.TypeSection;
import dev.weft.runtime.wasm.WasmReader;

/** Decodes block types into parameter and result value types. */
final class BlockTypes {
    private static final int[] NONE = new int[0];

    /** A block's parameters and results. */
    record Sig(int[] params, int[] results) {}

    private final TypeSection types;

    BlockTypes(TypeSection types) {
        this.types = types;
    }

    /** Reads the block type at the reader's position. */
    Sig read(WasmReader r) {
        int b = r.peek();
        if (b == 0x40) {
            r.u8();
            return new Sig(NONE, NONE);
        }
        if (b == 0x63 || b == 0x64 || (b >= 0x40 && b < 0x80)) {
            return new Sig(NONE, new int[] {ValTypes.read(r)});
        }
        long index = r.sLeb();
        var t = types.funcType((int) index);
        return new Sig(ValTypes.decode(t.params(), t.paramCount()), ValTypes.decode(t.results(), t.resultCount()));
    }
}
