package dev.weft.runtime.engine;

import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import run.endive.runtime.Instance;
import run.endive.runtime.WasmFunctionHandle;

/** Lets Endive call a {@link CoreHostFunction}; failures travel back to the call boundary as a Trap. */
final class HostFunctionAdapter implements WasmFunctionHandle {
    private static final long[] NO_VALUES = new long[0];

    private final CoreImport imported;
    private final CoreHostFunction function;
    private final int resultSlots;
    private final CallerRef caller;

    /** The core instance an adapter reports as caller; set once that instance exists. */
    static final class CallerRef {
        private volatile CoreInstance instance;

        void set(CoreInstance instance) {
            this.instance = instance;
        }

        CoreInstance get() {
            return instance;
        }
    }

    /** An adapter for a function of a type whose results take {@code resultSlots} value slots. */
    HostFunctionAdapter(CoreImport imported, CoreHostFunction function, int resultSlots, CallerRef caller) {
        this.imported = imported;
        this.function = function;
        this.resultSlots = resultSlots;
        this.caller = caller;
    }

    @Override
    public long[] apply(Instance instance, long... args) {
        long[] results;
        try {
            results = function.call(caller.get(), args);
        } catch (Trap trap) {
            throw new HostTrapSignal(trap);
        } catch (HostTrapSignal signal) {
            throw signal;
        } catch (RuntimeException e) {
            throw new HostTrapSignal(
                    new Trap(TrapKind.HOST_FUNCTION, "host function " + imported.qualifiedName() + " failed: " + e, e));
        }
        if (results == null) {
            results = NO_VALUES;
        }
        if (results.length != resultSlots) {
            throw new HostTrapSignal(new Trap(TrapKind.HOST_FUNCTION, "host function " + imported.qualifiedName() + " returned "
                    + results.length + " values, its type has " + resultSlots));
        }
        return results;
    }
}
