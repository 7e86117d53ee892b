package dev.weft.fuzz;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a step on its own thread with a time budget: interrupted after the budget, and reported as a hang if still
 * running after the grace period. (A JUnit {@code @Timeout} would also cut off the fuzzing run itself, which is
 * one long test invocation.)
 */
final class Budgeted {
    /** Guest code (componentize-js recurses deeply): as the CLI gives it. */
    static final long GUEST_STACK_BYTES = 64L << 20;
    /** The JVM's usual thread stack: a parser that overflows it on some input is a finding. */
    static final long PARSER_STACK_BYTES = 1L << 20;
    /** For decoders and parsers: generous, since the first inputs also pay for class loading and instrumentation. */
    static final long PARSE_MILLIS = 20_000;

    private Budgeted() {
    }

    static void run(Runnable step, long budgetMillis, long graceMillis, long stackBytes) throws Throwable {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                step.run();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "fuzz-step", stackBytes);
        thread.setDaemon(true);
        thread.start();
        thread.join(budgetMillis);
        if (thread.isAlive()) {
            thread.interrupt();
            thread.join(graceMillis);
            if (thread.isAlive()) {
                AssertionError hang = new AssertionError("still running " + graceMillis
                        + " ms after being interrupted at the " + budgetMillis + " ms budget");
                hang.setStackTrace(thread.getStackTrace());
                throw hang;
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }
}
