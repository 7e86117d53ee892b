package dev.weft.runtime.engine;

import dev.weft.error.Trap;

/** Carries a host function's {@link Trap} through Endive's frames back to the call boundary. */
final class HostTrapSignal extends RuntimeException {
    private final Trap trap;

    HostTrapSignal(Trap trap) {
        super(trap.getMessage(), trap, false, false);
        this.trap = trap;
    }

    Trap trap() {
        return trap;
    }
}
