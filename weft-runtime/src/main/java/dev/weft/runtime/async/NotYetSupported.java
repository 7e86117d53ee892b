package dev.weft.runtime.async;

import dev.weft.error.Trap;
import dev.weft.error.TrapKind;

import java.util.Optional;

/**
 * Marks a {@link Trap} raised because Weft lacks a component-model feature the guest used (not because the guest
 * broke a rule): the trap's cause, so that callers (the conformance harness) can tell the two apart.
 */
public final class NotYetSupported extends RuntimeException {
    private NotYetSupported(String feature) {
        super(feature + " is not supported yet", null, false, false);
    }

    /** A trap saying {@code feature} is not supported yet, carrying this marker as its cause. */
    public static Trap trap(String feature) {
        NotYetSupported marker = new NotYetSupported(feature);
        return new Trap(TrapKind.COMPONENT_MODEL, marker.getMessage(), marker);
    }

    /** The unsupported feature somewhere in {@code error}'s cause chain, if any. */
    public static Optional<String> in(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof NotYetSupported n) {
                return Optional.of(n.getMessage());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }
}
