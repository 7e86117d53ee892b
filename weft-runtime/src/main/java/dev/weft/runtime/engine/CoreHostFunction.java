package dev.weft.runtime.engine;

import dev.weft.error.Trap;

/**
 * A function the host provides to a core instance as an import. Arguments and results are flat {@code long}s
 * (see {@link CoreValType}); return an empty array (or null) for no results. Throwing {@link Trap} traps the
 * guest; any other exception is turned into a Trap naming the import.
 */
@FunctionalInterface
public interface CoreHostFunction {

    /**
     * @param caller the core instance whose code called the import (for reaching its exports, e.g. memory)
     * @param args   flat arguments; the array may be reused by the engine after return
     */
    long[] call(CoreInstance caller, long[] args) throws Trap;
}
