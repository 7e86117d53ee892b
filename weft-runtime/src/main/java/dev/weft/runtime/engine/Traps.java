package dev.weft.runtime.engine;

import dev.weft.error.Trap;
import dev.weft.error.TrapKind;
import run.endive.runtime.WasmException;
import run.endive.runtime.WasmInterruptedException;

/** Turns whatever escaped guest code into a {@link Trap} of the right {@link TrapKind}. */
final class Traps {

    private Traps() {}

    static Trap from(Throwable error) {
        if (error instanceof HostTrapSignal signal) {
            return signal.trap();
        }
        return switch (error) {
            case StackOverflowError e -> trap(TrapKind.STACK_OVERFLOW, "call stack exhausted", error);
            case OutOfMemoryError e -> trap(TrapKind.HOST_OUT_OF_MEMORY, "out of memory: " + e.getMessage(), error);
            case WasmException e -> trap(TrapKind.UNCAUGHT_EXCEPTION,
                    "uncaught wasm exception (tag " + e.tagIdx() + ")", error);
            case WasmInterruptedException e -> trap(TrapKind.INTERRUPTED, "interrupted: the calling thread was "
                    + "interrupted", error);
            case run.endive.wasm.WasmEngineException e -> e.getCause() instanceof StackOverflowError
                    ? trap(TrapKind.STACK_OVERFLOW, "call stack exhausted", error)
                    : trap(kindOf(messageOf(e)), messageOf(e), error);
            default -> trap(TrapKind.OTHER, "guest failed: " + error, error);
        };
    }

    private static Trap trap(TrapKind kind, String message, Throwable error) {
        return new Trap(kind, message, GuestFrames.of(error), error);
    }

    /** Endive reports wasm traps by message (the spec test suite's wording); map them to kinds. */
    static TrapKind kindOf(String message) {
        String m = message.toLowerCase(java.util.Locale.ROOT);
        if (m.contains("unreachable")) {
            return TrapKind.UNREACHABLE;
        } else if (m.contains("out of bounds memory")) {
            return TrapKind.MEMORY_OUT_OF_BOUNDS;
        } else if (m.contains("out of bounds table") || m.contains("undefined element")) {
            return TrapKind.TABLE_OUT_OF_BOUNDS;
        } else if (m.contains("indirect call type mismatch")) {
            return TrapKind.INDIRECT_CALL_TYPE_MISMATCH;
        } else if (m.contains("uninitialized element")) {
            return TrapKind.UNINITIALIZED_ELEMENT;
        } else if (m.contains("null")) {
            return TrapKind.NULL_REFERENCE;
        } else if (m.contains("cast failure")) {
            return TrapKind.CAST_FAILURE;
        } else if (m.contains("divide by zero")) {
            return TrapKind.INTEGER_DIVIDE_BY_ZERO;
        } else if (m.contains("integer overflow")) {
            return TrapKind.INTEGER_OVERFLOW;
        } else if (m.contains("conversion to integer")) {
            return TrapKind.BAD_CONVERSION_TO_INTEGER;
        } else if (m.contains("call stack exhausted")) {
            return TrapKind.STACK_OVERFLOW;
        } else if (m.contains("out of bounds array")) {
            return TrapKind.MEMORY_OUT_OF_BOUNDS;
        }
        return TrapKind.OTHER;
    }

    private static String messageOf(Throwable e) {
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
