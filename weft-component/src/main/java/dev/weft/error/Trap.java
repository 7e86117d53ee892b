package dev.weft.error;

import java.util.List;
import java.util.Objects;

/**
 * The guest (or the canonical ABI on its behalf) trapped, or a limit set by the host stopped it; {@link #kind()}
 * tells which. The instance that trapped must not be entered again.
 */
public final class Trap extends WeftException {
    private final TrapKind kind;
    private final List<String> guestStack;

    public Trap(String message) {
        this(TrapKind.OTHER, message, List.of(), null);
    }

    public Trap(String message, Throwable cause) {
        this(kindOf(cause), message, List.of(), cause);
    }

    public Trap(String message, List<String> guestStack, Throwable cause) {
        this(kindOf(cause), message, guestStack, cause);
    }

    public Trap(TrapKind kind, String message) {
        this(kind, message, List.of(), null);
    }

    public Trap(TrapKind kind, String message, Throwable cause) {
        this(kind, message, List.of(), cause);
    }

    public Trap(TrapKind kind, String message, List<String> guestStack, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.guestStack = List.copyOf(guestStack);
    }

    /** A trap wrapping another keeps its kind. */
    private static TrapKind kindOf(Throwable cause) {
        return cause instanceof Trap trap ? trap.kind : TrapKind.OTHER;
    }

    /** Why the trap happened. */
    public TrapKind kind() {
        return kind;
    }

    /** Names of guest functions on the stack when the trap happened, innermost first, where known. */
    public List<String> guestStack() {
        return guestStack;
    }
}
