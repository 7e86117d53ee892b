package dev.weft.runtime;

import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import dev.weft.runtime.async.AsyncStore;
import dev.weft.runtime.engine.CoreStore;
import dev.weft.runtime.engine.Metering;
import dev.weft.runtime.link.RtFunc;
import dev.weft.value.Val;
import java.util.List;
import java.util.Optional;

/**
 * The state one top-level instantiation shares (Wasmtime's {@code Store}): its {@link Limits}, the core store with
 * memory budget and meters, and the interrupt handle. Calls from the host go through {@link #call}, which arms
 * the timeout and names the kind of a trap a limit caused.
 */
final class InstanceStore {
    private final Limits limits;
    private final Metering metering;
    private final CoreStore core;
    private final InterruptHandle interrupts = new InterruptHandle();

    /** Set when a call or instantiation failed (trap, interrupt, deadline, host error): the memories stay out of pools. */
    private volatile boolean faulted;
    /** Set by {@link #release}: calls are refused from then on. */
    private volatile boolean released;

    InstanceStore(Limits limits, Metering metering) {
        if (limits.fuel().isPresent() && !metering.fuel()) {
            throw new IllegalArgumentException("Limits.fuel needs an engine built with Engine.builder().withFuel()");
        }
        if (limits.maxCallDepth().isPresent() && !metering.callDepth()) {
            throw new IllegalArgumentException(
                    "Limits.maxCallDepth needs an engine built with Engine.builder().withCallDepthMeter()");
        }
        this.limits = limits;
        this.metering = metering;
        this.core = new CoreStore(limits.maxMemoryBytes(), limits.maxTableElements());
        limits.fuel().ifPresent(core::setFuel);
        limits.maxCallDepth().ifPresent(core::setMaxCallDepth);
    }

    Limits limits() {
        return limits;
    }

    CoreStore core() {
        return core;
    }

    InterruptHandle interrupts() {
        return interrupts;
    }

    boolean meteredFuel() {
        return metering.fuel();
    }

    /** Calls {@code func} from the host under this store's timeout and interruption. */
    List<Val> call(RtFunc func, List<Val> args) throws Trap {
        return run(() -> func.call(null, args));
    }

    /** Guest work the host starts (a call, a destructor). */
    @FunctionalInterface
    interface GuestWork<T> {
        T run() throws Trap;
    }

    /** Runs {@code work} under this store's timeout and interruption, naming the limit behind a trap. */
    <T> T run(GuestWork<T> work) throws Trap {
        if (released) {
            throw new Trap(TrapKind.HOST_FUNCTION, "the instance was released (its memory went back to a pool); "
                    + "it cannot be called any more");
        }
        begin();
        T result;
        try {
            result = work.run();
        } catch (Trap trap) {
            faulted = true;
            throw classify(trap, end());
        } catch (RuntimeException | Error e) {
            faulted = true;
            end();
            throw e;
        }
        end();
        return result;
    }

    /** Marks the store failed (an instantiation that trapped or failed): its memories are never released. */
    void fault() {
        faulted = true;
    }

    /**
     * Ends the store's life and gives its pooled memories' storage back (see {@code ComponentInstance.release}):
     * only when no call runs in it now, none failed, and the calling thread has no unfinished async task;
     * otherwise the storage is left to the garbage collector. Calls are refused afterwards either way. Returns how
     * many memories went back.
     */
    int release() {
        if (released) {
            return 0;
        }
        released = true;
        if (faulted || !interrupts.idle() || !AsyncStore.quiescent()) {
            return 0;
        }
        return core.releaseMemories();
    }

    /** Guest code starts running for the host (a call, or instantiation running start functions). */
    void begin() {
        if (interrupts.enter(limits.timeout())) {
            core.resetCallDepth();
        }
    }

    /** Guest code stopped running for the host; what interrupted it, if anything. */
    Optional<TrapKind> end() {
        return interrupts.exit();
    }

    /** Names the limit behind {@code trap}, if one caused it. */
    Trap classify(Trap trap, Optional<TrapKind> stopped) {
        if (stopped.isPresent()) {
            TrapKind kind = stopped.get();
            if (trap.kind() == kind) {
                return trap;
            }
            String why = kind == TrapKind.DEADLINE
                    ? "deadline exceeded: the call ran longer than " + limits.timeout().orElseThrow()
                    : "interrupted by the host";
            return new Trap(kind, why + " (" + trap.getMessage() + ")", trap.guestStack(), trap);
        }
        if (trap.kind() == TrapKind.UNREACHABLE && core.fuelExhausted()) {
            return new Trap(TrapKind.FUEL_EXHAUSTED, "fuel exhausted: the instance used all of its fuel",
                    trap.guestStack(), trap);
        }
        if (trap.kind() == TrapKind.UNREACHABLE && core.callDepthExhausted()) {
            return new Trap(TrapKind.STACK_OVERFLOW, "call stack exhausted: more than "
                    + limits.maxCallDepth().orElseThrow() + " nested guest calls", trap.guestStack(), trap);
        }
        return trap;
    }
}
