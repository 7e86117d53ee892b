package dev.weft.runtime.abi;

import dev.weft.error.Trap;

/** A core wasm function as the ABI calls it (a lifted export's callee or its post-return), flat values as longs
 * in the engine's encoding (adapt {@code dev.weft.runtime.engine.CoreFunction} with {@code f::call}). */
@FunctionalInterface
public interface FlatFunction {
    long[] call(long[] args) throws Trap;
}
