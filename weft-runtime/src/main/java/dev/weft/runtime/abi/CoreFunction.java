package dev.weft.runtime.abi;

import dev.weft.error.Trap;

/** A core wasm function called by the ABI (a lifted export's callee or its post-return), flat values as longs. */
@FunctionalInterface
public interface CoreFunction {
    long[] call(long[] args) throws Trap;
}
