package dev.weft.runtime.engine;

import dev.weft.error.Trap;
import run.endive.runtime.Instance;

/** A function of an Endive instance, called straight through its machine. */
final class EndiveFunction implements CoreFunction {
    private static final long[] NO_VALUES = new long[0];

    private final Instance instance;
    private final int index;
    private final CoreFuncType type;
    /** The parameters' value slots, worked out on the first checked {@link #call} (-1 until then). */
    private int paramSlots = -1;

    EndiveFunction(Instance instance, int index, CoreFuncType type) {
        this.instance = instance;
        this.index = index;
        this.type = type;
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
        int paramSlots = this.paramSlots;
        if (paramSlots < 0) {
            paramSlots = type.paramSlots();
            this.paramSlots = paramSlots;
        }
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
