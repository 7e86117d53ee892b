package dev.weft.fuzz;

import java.util.concurrent.atomic.AtomicInteger;
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
    /** How long class loading and instrumentation may hold up a step before it counts as a hang after all. */
    static final long LOADING_LIMIT_NANOS = 120_000_000_000L;

    private Budgeted() {
    }

    private static boolean loadingClasses(Thread thread) {
        for (StackTraceElement frame : thread.getStackTrace()) {
            if (frame.getClassName().startsWith("com.code_intelligence.jazzer.")
                    || frame.getClassName().startsWith("run.endive.compiler.")
                    || frame.getMethodName().equals("defineClass") || frame.getMethodName().equals("loadClass")) {
                return true;
            }
        }
        return false;
    }

    /** The first inputs of a JVM run cold (interpreted, and instrumented by Jazzer): they get a longer budget. */
    private static final int WARM_UP_INPUTS = 20;
    private static final int WARM_UP_FACTOR = 6;
    private static final AtomicInteger STARTED = new AtomicInteger();

    static void run(Runnable step, long budgetMillis, long graceMillis, long stackBytes) throws Throwable {
        if (STARTED.getAndIncrement() < WARM_UP_INPUTS) {
            budgetMillis *= WARM_UP_FACTOR;
        }
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
            long deadline = System.nanoTime() + LOADING_LIMIT_NANOS;
            thread.join(graceMillis);
            // The first inputs load (and Jazzer instruments) many classes, and compiling a module to JVM bytecode is not
            // interruptible: time spent there is not a hang.
            while (thread.isAlive() && loadingClasses(thread) && System.nanoTime() < deadline) {
                thread.join(graceMillis);
            }
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
