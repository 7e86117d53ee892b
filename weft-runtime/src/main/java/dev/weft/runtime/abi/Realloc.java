package dev.weft.runtime.abi;

import dev.weft.error.Trap;
import dev.weft.error.TrapKind;

/**
 * The guest's {@code realloc} canon option: {@code (func (param i32 i32 i32 i32) (result i32))} called as
 * {@code realloc(originalPtr, originalSize, alignment, newSize)}. Arguments and result are u32s in ints.
 */
@FunctionalInterface
public interface Realloc {
    int realloc(int originalPtr, int originalSize, int alignment, int newSize) throws Trap;

    /** The guest function {@code f} (e.g. an engine {@code CoreFunction::call}) as a realloc. */
    static Realloc of(FlatFunction f) {
        return (originalPtr, originalSize, alignment, newSize) -> {
            long[] r = f.call(new long[] {originalPtr, originalSize, alignment, newSize});
            if (r == null || r.length != 1) {
                throw new Trap(TrapKind.COMPONENT_MODEL,
                        "realloc returned " + (r == null ? "nothing" : r.length + " values") + ", expected 1");
            }
            return (int) r[0];
        };
    }
}
