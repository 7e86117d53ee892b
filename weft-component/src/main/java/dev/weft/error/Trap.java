package dev.weft.error;

import java.util.List;

/** The guest (or the canonical ABI on its behalf) trapped. The instance that trapped must not be entered again. */
public final class Trap extends WeftException {
    private final List<String> guestStack;

    public Trap(String message) {
        this(message, List.of(), null);
    }

    public Trap(String message, Throwable cause) {
        this(message, List.of(), cause);
    }

    public Trap(String message, List<String> guestStack, Throwable cause) {
        super(message, cause);
        this.guestStack = List.copyOf(guestStack);
    }

    /** Names of guest functions on the stack when the trap happened, innermost first, where known. */
    public List<String> guestStack() {
        return guestStack;
    }
}
