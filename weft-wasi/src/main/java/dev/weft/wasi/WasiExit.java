package dev.weft.wasi;

import dev.weft.error.Trap;
import java.util.OptionalInt;

/**
 * Thrown (as the cause of a {@link Trap}) when the guest calls {@code wasi:cli/exit}: it unwinds the guest, and the
 * runner turns {@link #code()} into the process exit status. Use {@link #codeOf(Trap)} to tell an exit from a fault.
 */
public final class WasiExit extends RuntimeException {
    private final int code;

    public WasiExit(int code) {
        super("guest exited with status " + code, null, false, false);
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The trap that unwinds the guest for this exit. */
    public Trap asTrap() {
        return new Trap(getMessage(), this);
    }

    /** The exit status if {@code trap} was caused by {@code wasi:cli/exit}, else empty. */
    public static OptionalInt codeOf(Trap trap) {
        for (Throwable t = trap; t != null; t = t.getCause()) {
            if (t instanceof WasiExit exit) {
                return OptionalInt.of(exit.code);
            }
        }
        return OptionalInt.empty();
    }
}
