package dev.weft.runtime.engine;

import dev.weft.error.Trap;
import run.endive.runtime.Instance;

/** A function of an Endive instance, called straight through its machine. */
final class EndiveFunction implements CoreFunction {
    private static final long[] NO_VALUES = new long[0];

    private final Instance instance;
    private final int index;
    private final CoreFuncType type;
    private final int paramSlots;

    EndiveFunction(Instance instance, int index, CoreFuncType type) {
        this.instance = instance;
        this.index = index;
        this.type = type;
        this.paramSlots = type.paramSlots();
    }

    Instance instance() {
        return instance;
    }

    int index() {
        return index;
    }

    @Override
    public CoreFuncType type() {
        return type;
    }

    @Override
    public long[] call(long... args) throws Trap {
        if (args.length != paramSlots) {
            throw new IllegalArgumentException(
                    "function " + type + " takes " + paramSlots + " value slots, got " + args.length);
        }
        try {
            return callRaw(args);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError | AssertionError e) {
            throw Traps.from(e);
        }
    }

    /** Calls without translating failures: for use from inside another guest's call. */
    long[] callRaw(long[] args) {
        long[] results = instance.getMachine().call(index, args);
        return results == null ? NO_VALUES : results;
    }

    @Override
    public String toString() {
        return "func " + index + " " + type;
    }
}
