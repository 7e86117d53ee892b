package dev.weft.conformance.run;

/**
 * Runs the directives that need a runtime ({@code (component …)} instantiation, {@code component instance},
 * {@code register}, {@code invoke}, {@code assert_return}, {@code assert_trap}, {@code assert_unlinkable},
 * {@code assert_exhaustion}). Without one, the harness only decodes and validates and counts the rest as skipped.
 * A runtime plugs in by implementing this and passing it to {@link ConformanceRunner}.
 */
@FunctionalInterface
public interface ScriptExecutor {

    /**
     * Starts a fresh session for one script (its instances and registrations live until the session closes).
     *
     * @param scriptId the script's path below the conformance root, e.g. {@code component-model/values/strings.wast}
     */
    ScriptSession open(String scriptId);
}
