package dev.weft.conformance.run;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Runs the directives that need a runtime ({@code (component …)} instantiation, {@code component instance},
 * {@code register}, {@code invoke}, {@code assert_return}, {@code assert_trap}, {@code assert_unlinkable},
 * {@code assert_exhaustion}). Without one, the harness only decodes and validates and counts the rest as skipped.
 *
 * <p>A runtime plugs in by implementing this (public, with a no-argument constructor), listing the class in
 * {@code META-INF/services/dev.weft.conformance.run.ScriptExecutor}, and being on the harness's classpath (a
 * dependency of {@code weft-conformance}); {@link #discover()} finds it. Tests may pass one to
 * {@link ConformanceRunner} directly.
 *
 * <p>Wasmtime's scripts import an instance named {@code host} that a Wasmtime-compatible executor must provide:
 * functions {@code return-two} and {@code return-three}, a nested instance with {@code return-four}, a core module
 * {@code simple-module}, and resources {@code resource1}/{@code resource2} with drop counters.
 */
@FunctionalInterface
public interface ScriptExecutor {

    /** The executor on the classpath, if any (the first one {@link ServiceLoader} finds). */
    static Optional<ScriptExecutor> discover() {
        return ServiceLoader.load(ScriptExecutor.class).findFirst();
    }

    /**
     * Starts a fresh session for one script (its instances and registrations live until the session closes).
     *
     * @param scriptId the script's path below the conformance root, e.g. {@code component-model/values/strings.wast}
     */
    ScriptSession open(String scriptId);
}
