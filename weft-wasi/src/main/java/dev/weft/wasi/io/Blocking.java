package dev.weft.wasi.io;

import java.util.Objects;

/**
 * Marks where a guest's thread waits in host code (a pollable that is not ready, a body read that waits for the
 * peer, a write that waits for the client), so that a host that bounds how many guests compute at once can let
 * another guest run meanwhile (Wasmtime's async executor does the same: a guest parked on a host future does not
 * hold a core). The host installs a {@link Hook} on each guest thread; host code brackets every wait with
 * {@link #enter()} and {@link #exit()} (or {@link #run}). Without a hook (the default, e.g.
 * {@code weft run}) both are a thread-local read and nothing else.
 *
 * <p>Brackets nest: only the outermost pair reaches the hook. Call them only around a wait that really happens
 * (after a readiness check said "not ready"), not around every host call: each pair may hand the thread's run slot
 * to another guest and wait for one again.
 */
public final class Blocking {
    private static final ThreadLocal<Installed> CURRENT = new ThreadLocal<>();

    private Blocking() {
    }

    /** What the host does when its guest thread starts and ends a wait in host code. */
    public interface Hook {
        /** The thread is about to wait (outermost bracket): e.g. give its run slot up. */
        void beforeWait();

        /**
         * The wait is over (outermost bracket, also when it ended with an exception): e.g. take a run slot again.
         * Must return promptly on an interrupted thread (leave the interrupt status set) so that a guest stopped by
         * a deadline or a shutdown unwinds.
         */
        void afterWait();
    }

    /** A wait in host code. */
    @FunctionalInterface
    public interface Action<E extends Exception> {
        void run() throws E;
    }

    /** A hook installed on one thread; {@link #close()} removes it (on that thread). */
    public static final class Installed implements AutoCloseable {
        private final Hook hook;
        private final Installed previous;
        private int depth;

        private Installed(Hook hook, Installed previous) {
            this.hook = hook;
            this.previous = previous;
        }

        /** Removes the hook from the calling thread (restoring one installed before it). */
        @Override
        public void close() {
            if (CURRENT.get() == this) {
                if (previous == null) {
                    CURRENT.remove();
                } else {
                    CURRENT.set(previous);
                }
            }
        }
    }

    /** Installs {@code hook} on the calling thread until the result is closed. */
    public static Installed install(Hook hook) {
        Installed installed = new Installed(Objects.requireNonNull(hook, "hook"), CURRENT.get());
        CURRENT.set(installed);
        return installed;
    }

    /** Whether the calling thread has a hook. */
    public static boolean hooked() {
        return CURRENT.get() != null;
    }

    /** The calling thread is about to wait; pair with {@link #exit()} in a {@code finally}. */
    public static void enter() {
        Installed h = CURRENT.get();
        if (h != null && h.depth++ == 0) {
            h.hook.beforeWait();
        }
    }

    /** The wait that {@link #enter()} announced is over. */
    public static void exit() {
        Installed h = CURRENT.get();
        if (h != null && h.depth > 0 && --h.depth == 0) {
            h.hook.afterWait();
        }
    }

    /** Runs {@code wait} bracketed by {@link #enter()} and {@link #exit()}. */
    public static <E extends Exception> void run(Action<E> wait) throws E {
        enter();
        try {
            wait.run();
        } finally {
            exit();
        }
    }
}
