package dev.weft.fuzz;

import java.util.concurrent.atomic.AtomicReference;

/** Runs a step on its own thread with a time budget: interrupted after the budget, a hang after the grace. */
final class Budgeted {
    static final long STACK_BYTES = 64L << 20;

    private Budgeted() {
    }

    static void run(Runnable step, long budgetMillis, long graceMillis) throws Throwable {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                step.run();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "fuzz-guest", STACK_BYTES);
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
