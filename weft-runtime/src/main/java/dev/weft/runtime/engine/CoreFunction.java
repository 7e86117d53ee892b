package dev.weft.runtime.engine;

import dev.weft.error.Trap;

/** A function exported by a core instance. Calls are not thread-safe per instance (one thread at a time). */
public sealed interface CoreFunction extends CoreExtern permits EndiveFunction {

    @Override
    CoreFuncType type();

    /**
     * Calls the function with flat arguments (see {@link CoreValType} for the encoding) and returns flat results
     * (an empty array for no results).
     *
     * @throws Trap when the guest traps, exhausts the stack or memory, or a host function it calls fails
     */
    long[] call(long... args) throws Trap;
}
