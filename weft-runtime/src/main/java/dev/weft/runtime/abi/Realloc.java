package dev.weft.runtime.abi;

import dev.weft.error.Trap;

/**
 * The guest's {@code realloc} canon option: {@code (func (param i32 i32 i32 i32) (result i32))} called as
 * {@code realloc(originalPtr, originalSize, alignment, newSize)}. Arguments and result are u32s in ints.
 */
@FunctionalInterface
public interface Realloc {
    int realloc(int originalPtr, int originalSize, int alignment, int newSize) throws Trap;
}
