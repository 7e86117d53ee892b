package dev.weft.fuzz;

import dev.weft.error.WeftException;
import dev.weft.wave.WaveException;
import dev.weft.wit.WitException;

/**
 * The fuzzing property shared by every target: an input either works or fails with one of Weft's documented
 * checked errors ({@link WeftException}, {@link WitException}, {@link WaveException}) whose message says what is
 * wrong. Anything else (a RuntimeException, StackOverflowError, OutOfMemoryError) escapes and is a finding.
 */
final class Documented {
    /** A step of a target that may fail with a documented error. */
    @FunctionalInterface
    interface Step {
        void run() throws WeftException, WitException, WaveException;
    }

    private Documented() {
    }

    /** Runs {@code step}; a documented error is an accepted outcome, provided its message is not empty. */
    static void outcome(Step step) {
        try {
            step.run();
        } catch (dev.weft.error.Trap e) {
            requireGuestFault(e);
        } catch (WeftException | WitException | WaveException e) {
            requireMessage(e);
        }
    }

    /**
     * A Trap must come from the guest (a wasm trap, a guest-caused limit) or from a deliberate host check, not from
     * a JDK exception (NullPointerException, ClassCastException, IndexOutOfBounds...) thrown by Weft's own code and
     * wrapped on the way out: that is an internal error that the trap would hide.
     */
    static void requireGuestFault(dev.weft.error.Trap trap) {
        requireMessage(trap);
        for (Throwable t = trap.getCause(); t != null; t = t.getCause()) {
            if (t instanceof RuntimeException && t.getClass().getName().startsWith("java.") && thrownByWeft(t)) {
                throw new AssertionError("internal error inside a trap: " + trap.getMessage(), t);
            }
        }
    }

    /** Whether the first frame outside the JDK is Weft's own code (not guest code compiled to dev.weft.gen). */
    private static boolean thrownByWeft(Throwable t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            String c = frame.getClassName();
            if (!c.startsWith("java.") && !c.startsWith("jdk.") && !c.startsWith("sun.")) {
                return c.startsWith("dev.weft.") && !c.startsWith("dev.weft.gen.");
            }
        }
        return false;
    }

    static void requireMessage(Exception e) {
        if (e.getMessage() == null || e.getMessage().isBlank()) {
            throw new AssertionError(e.getClass().getSimpleName() + " without a message", e);
        }
    }
}
