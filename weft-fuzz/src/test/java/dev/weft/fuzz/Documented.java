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
        } catch (WeftException | WitException | WaveException e) {
            requireMessage(e);
        }
    }

    static void requireMessage(Exception e) {
        if (e.getMessage() == null || e.getMessage().isBlank()) {
            throw new AssertionError(e.getClass().getSimpleName() + " without a message", e);
        }
    }
}
