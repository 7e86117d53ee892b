package dev.weft.runtime.engine;

import dev.weft.error.Trap;
import run.endive.runtime.WasmException;

/** Turns whatever escaped guest code into a {@link Trap}. */
final class Traps {

    private Traps() {}

    static Trap from(Throwable error) {
        if (error instanceof HostTrapSignal signal) {
            return signal.trap();
        }
        String message = switch (error) {
            case StackOverflowError e -> "call stack exhausted";
            case OutOfMemoryError e -> "out of memory: " + e.getMessage();
            case WasmException e -> "uncaught wasm exception (tag " + e.tagIdx() + ")";
            case run.endive.wasm.WasmEngineException e -> messageOf(e);
            default -> "guest failed: " + error;
        };
        return new Trap(message, GuestFrames.of(error), error);
    }

    private static String messageOf(Throwable e) {
        if (e.getCause() instanceof StackOverflowError) {
            return "call stack exhausted";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** True for throwables a guest can cause and the host must survive. */
    static boolean isGuestFault(Throwable t) {
        return t instanceof RuntimeException
                || t instanceof StackOverflowError
                || t instanceof OutOfMemoryError
                || t instanceof LinkageError
                || t instanceof AssertionError;
    }
}
